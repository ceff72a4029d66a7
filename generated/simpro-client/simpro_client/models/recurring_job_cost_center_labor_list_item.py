from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef
    from ..models.recurring_job_cost_center_catalog_list_item_sell_price import (
        RecurringJobCostCenterCatalogListItemSellPrice,
    )
    from ..models.recurring_job_cost_center_labor_list_item_total import RecurringJobCostCenterLaborListItemTotal


T = TypeVar("T", bound="RecurringJobCostCenterLaborListItem")


@_attrs_define
class RecurringJobCostCenterLaborListItem:
    """
    Attributes:
        id (int):
        labor_type (CostCenterRef):
        discount (float): Specify the discount of this item. If you specify this, the sell price including discount will
            automatically be calculated.
        sell_price (RecurringJobCostCenterCatalogListItemSellPrice):
        total (RecurringJobCostCenterLaborListItemTotal):
    """

    id: int
    labor_type: CostCenterRef
    discount: float
    sell_price: RecurringJobCostCenterCatalogListItemSellPrice
    total: RecurringJobCostCenterLaborListItemTotal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        labor_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labor_type, Unset):
            labor_type = self.labor_type.to_dict()
        discount = self.discount
        sell_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sell_price, Unset):
            sell_price = self.sell_price.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(labor_type, Unset):
            field_dict["LaborType"] = labor_type
        if not isinstance(discount, Unset):
            field_dict["Discount"] = discount
        if not isinstance(sell_price, Unset):
            field_dict["SellPrice"] = sell_price
        if not isinstance(total, Unset):
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.recurring_job_cost_center_catalog_list_item_sell_price import (
            RecurringJobCostCenterCatalogListItemSellPrice,  # noqa: PLC0415
        )
        from ..models.recurring_job_cost_center_labor_list_item_total import RecurringJobCostCenterLaborListItemTotal  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _labor_type = d.pop("LaborType", UNSET)
        labor_type: CostCenterRef | Unset
        if isinstance(_labor_type, Unset):
            labor_type = UNSET
        else:
            labor_type = CostCenterRef.from_dict(_labor_type)

        discount = d.pop("Discount", UNSET)

        _sell_price = d.pop("SellPrice", UNSET)
        sell_price: RecurringJobCostCenterCatalogListItemSellPrice | Unset
        if isinstance(_sell_price, Unset):
            sell_price = UNSET
        else:
            sell_price = RecurringJobCostCenterCatalogListItemSellPrice.from_dict(_sell_price)

        _total = d.pop("Total", UNSET)
        total: RecurringJobCostCenterLaborListItemTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = RecurringJobCostCenterLaborListItemTotal.from_dict(_total)

        _instance = cls(
            id=_unchecked(id),
            labor_type=_unchecked(labor_type),
            discount=_unchecked(discount),
            sell_price=_unchecked(sell_price),
            total=_unchecked(total),
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
