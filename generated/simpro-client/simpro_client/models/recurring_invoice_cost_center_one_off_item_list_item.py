from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cost_center_catalog_item_billable_status import JobCostCenterCatalogItemBillableStatus
from ..models.recurring_invoice_cost_center_one_off_item_type import RecurringInvoiceCostCenterOneOffItemType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.sell_price import SellPrice
    from ..models.total import Total


T = TypeVar("T", bound="RecurringInvoiceCostCenterOneOffItemListItem")


@_attrs_define
class RecurringInvoiceCostCenterOneOffItemListItem:
    """
    Attributes:
        id (int):
        type_ (RecurringInvoiceCostCenterOneOffItemType):
        billable_status (JobCostCenterCatalogItemBillableStatus):
        description (str):
        discount (float): Specify the discount of this item. If you specify this, the sell price including discount will
            automatically be calculated.
        sell_price (SellPrice):
        total (Total):
    """

    id: int
    type_: RecurringInvoiceCostCenterOneOffItemType
    billable_status: JobCostCenterCatalogItemBillableStatus
    description: str
    discount: float
    sell_price: SellPrice
    total: Total
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        billable_status: str | Unset = UNSET
        if not isinstance(self.billable_status, Unset):
            billable_status = self.billable_status.value

        description = self.description
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
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(billable_status, Unset):
            field_dict["BillableStatus"] = billable_status
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(discount, Unset):
            field_dict["Discount"] = discount
        if not isinstance(sell_price, Unset):
            field_dict["SellPrice"] = sell_price
        if not isinstance(total, Unset):
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sell_price import SellPrice  # noqa: PLC0415
        from ..models.total import Total  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: RecurringInvoiceCostCenterOneOffItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = RecurringInvoiceCostCenterOneOffItemType.parse(_type_)

        _billable_status = d.pop("BillableStatus", UNSET)
        billable_status: JobCostCenterCatalogItemBillableStatus | Unset
        if isinstance(_billable_status, Unset):
            billable_status = UNSET
        else:
            billable_status = JobCostCenterCatalogItemBillableStatus.parse(_billable_status)

        description = d.pop("Description", UNSET)

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

        _instance = cls(
            id=_unchecked(id),
            type_=_unchecked(type_),
            billable_status=_unchecked(billable_status),
            description=_unchecked(description),
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
