from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.recurring_invoice_cost_center_create_total import RecurringInvoiceCostCenterCreateTotal


T = TypeVar("T", bound="RecurringInvoiceCostCenterCreate")


@_attrs_define
class RecurringInvoiceCostCenterCreate:
    """
    Attributes:
        cost_center (int): ID of a cost center
        name (str | Unset):
        description (str | Unset): This column supports HTML formatting.
        notes (str | Unset): This column supports HTML formatting.
        order_no (str | Unset):
        display_order (int | Unset): Sets the position of this cost center relative to the others within this section.
            Please note that the values you set will be overridden with a sequence of numbers beginning with 1.
        total (RecurringInvoiceCostCenterCreateTotal | Unset):
    """

    cost_center: int
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    notes: str | Unset = UNSET
    order_no: str | Unset = UNSET
    display_order: int | Unset = UNSET
    total: RecurringInvoiceCostCenterCreateTotal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_center = self.cost_center
        name = self.name
        description = self.description
        notes = self.notes
        order_no = self.order_no
        display_order = self.display_order
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(cost_center, Unset):
            field_dict["CostCenter"] = cost_center
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(order_no, Unset):
            field_dict["OrderNo"] = order_no
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(total, Unset):
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recurring_invoice_cost_center_create_total import RecurringInvoiceCostCenterCreateTotal  # noqa: PLC0415

        d = dict(src_dict)
        cost_center = d.pop("CostCenter", UNSET)

        name = d.pop("Name", UNSET)

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

        order_no = d.pop("OrderNo", UNSET)

        display_order = d.pop("DisplayOrder", UNSET)

        _total = d.pop("Total", UNSET)
        total: RecurringInvoiceCostCenterCreateTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = RecurringInvoiceCostCenterCreateTotal.from_dict(_total)

        _instance = cls(
            cost_center=_unchecked(cost_center),
            name=name,
            description=description,
            notes=notes,
            order_no=order_no,
            display_order=display_order,
            total=total,
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
