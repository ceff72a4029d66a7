from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cost_center_one_off_item_type import JobCostCenterOneOffItemType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.recurring_job_cost_center_labor_list_item_total import RecurringJobCostCenterLaborListItemTotal


T = TypeVar("T", bound="TakeOffTemplateItemsOneOff")


@_attrs_define
class TakeOffTemplateItemsOneOff:
    """
    Attributes:
        id (int):
        type_ (JobCostCenterOneOffItemType):
        description (str):
        sell_price (Amount):
        total (RecurringJobCostCenterLaborListItemTotal):
    """

    id: int
    type_: JobCostCenterOneOffItemType
    description: str
    sell_price: Amount
    total: RecurringJobCostCenterLaborListItemTotal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        description = self.description
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
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(sell_price, Unset):
            field_dict["SellPrice"] = sell_price
        if not isinstance(total, Unset):
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.recurring_job_cost_center_labor_list_item_total import RecurringJobCostCenterLaborListItemTotal  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: JobCostCenterOneOffItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = JobCostCenterOneOffItemType.parse(_type_)

        description = d.pop("Description", UNSET)

        _sell_price = d.pop("SellPrice", UNSET)
        sell_price: Amount | Unset
        if isinstance(_sell_price, Unset):
            sell_price = UNSET
        else:
            sell_price = Amount.from_dict(_sell_price)

        _total = d.pop("Total", UNSET)
        total: RecurringJobCostCenterLaborListItemTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = RecurringJobCostCenterLaborListItemTotal.from_dict(_total)

        _instance = cls(
            id=_unchecked(id),
            type_=_unchecked(type_),
            description=_unchecked(description),
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
