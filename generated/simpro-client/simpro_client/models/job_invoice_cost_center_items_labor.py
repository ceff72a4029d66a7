from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef
    from ..models.job_invoice_cost_center_items_labor_claimed import JobInvoiceCostCenterItemsLaborClaimed
    from ..models.sell_price import SellPrice
    from ..models.total import Total


T = TypeVar("T", bound="JobInvoiceCostCenterItemsLabor")


@_attrs_define
class JobInvoiceCostCenterItemsLabor:
    """
    Attributes:
        id (int):
        labor_type (CostCenterRef):
        discount (float): Specify the discount of this item. If you specify this, the sell price including discount will
            automatically be calculated.
        sell_price (SellPrice):
        total (Total):
        claimed (JobInvoiceCostCenterItemsLaborClaimed | None):
    """

    id: int
    labor_type: CostCenterRef
    discount: float
    sell_price: SellPrice
    total: Total
    claimed: JobInvoiceCostCenterItemsLaborClaimed | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_invoice_cost_center_items_labor_claimed import JobInvoiceCostCenterItemsLaborClaimed  # noqa: PLC0415

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
        claimed: dict[str, Any] | None | Unset
        if isinstance(self.claimed, Unset):
            claimed = UNSET
        elif isinstance(self.claimed, JobInvoiceCostCenterItemsLaborClaimed):
            claimed = self.claimed.to_dict()
        else:
            claimed = self.claimed

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
        if not isinstance(claimed, Unset):
            field_dict["Claimed"] = claimed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.job_invoice_cost_center_items_labor_claimed import JobInvoiceCostCenterItemsLaborClaimed  # noqa: PLC0415
        from ..models.sell_price import SellPrice  # noqa: PLC0415
        from ..models.total import Total  # noqa: PLC0415

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
        sell_price: SellPrice | Unset
        if isinstance(_sell_price, Unset):
            sell_price = UNSET
        else:
            sell_price = SellPrice.from_dict(_sell_price)

        _total = d.pop("Total", UNSET)
        total: Total | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = Total.from_dict(_total)

        def _parse_claimed(data: object) -> JobInvoiceCostCenterItemsLaborClaimed | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[JobInvoiceCostCenterItemsLaborClaimed | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                claimed_type_1 = JobInvoiceCostCenterItemsLaborClaimed.from_dict(data)

                if is_complete(claimed_type_1):
                    return claimed_type_1
                partial_fits.append(claimed_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(JobInvoiceCostCenterItemsLaborClaimed | None | Unset, data)

        claimed = _parse_claimed(d.pop("Claimed", UNSET))

        _instance = cls(
            id=_unchecked(id),
            labor_type=_unchecked(labor_type),
            discount=_unchecked(discount),
            sell_price=_unchecked(sell_price),
            total=_unchecked(total),
            claimed=_unchecked(claimed),
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
