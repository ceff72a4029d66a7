from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.vendor_order_item_create_allocation import VendorOrderItemCreateAllocation


T = TypeVar("T", bound="VendorOrderItemCreate")


@_attrs_define
class VendorOrderItemCreate:
    """
    Attributes:
        catalog (int): ID of a catalog item
        allocations (list[VendorOrderItemCreateAllocation]):
        due_date (datetime.date | Unset): Deprecated:: Please use <a
            href="https://developer.simprogroup.com/apidoc/?page=1ce5d9607216ee37fb61fe793d38e2c3#tag/Vendor-Order-Item-
            Allocations">item allocations</a> endpoint to read and modify this field.
        notes (str | Unset): Deprecated:: Please use <a
            href="https://developer.simprogroup.com/apidoc/?page=1ce5d9607216ee37fb61fe793d38e2c3#tag/Vendor-Order-Item-
            Allocations">item allocations</a> endpoint to read and modify this field.
        price (float | Unset): Price cannot be negative
    """

    catalog: int
    allocations: list[VendorOrderItemCreateAllocation]
    due_date: datetime.date | Unset = UNSET
    notes: str | Unset = UNSET
    price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog = self.catalog
        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()
        notes = self.notes
        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(catalog, Unset):
            field_dict["Catalog"] = catalog
        if not isinstance(allocations, Unset):
            field_dict["Allocations"] = allocations
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(price, Unset):
            field_dict["Price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_order_item_create_allocation import VendorOrderItemCreateAllocation  # noqa: PLC0415

        d = dict(src_dict)
        catalog = d.pop("Catalog", UNSET)

        _allocations = d.pop("Allocations", UNSET)
        allocations: list[VendorOrderItemCreateAllocation] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = VendorOrderItemCreateAllocation.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        _due_date = d.pop("DueDate", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        notes = d.pop("Notes", UNSET)

        price = d.pop("Price", UNSET)

        _instance = cls(
            catalog=_unchecked(catalog),
            allocations=_unchecked(allocations),
            due_date=due_date,
            notes=notes,
            price=price,
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
