from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="VendorOrderItemCreateAllocation")


@_attrs_define
class VendorOrderItemCreateAllocation:
    """
    Attributes:
        quantity (float): Quantity is rounded to two decimal places
        due_date (datetime.date | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        notes (str | Unset):
        storage_device (int | Unset): ID of a storage device
        assigned_to (int | Unset): ID of a job cost center
    """

    quantity: float
    due_date: datetime.date | Unset = UNSET
    notes: str | Unset = UNSET
    storage_device: int | Unset = UNSET
    assigned_to: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity
        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()
        notes = self.notes
        storage_device = self.storage_device
        assigned_to = self.assigned_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(quantity, Unset):
            field_dict["Quantity"] = quantity
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(storage_device, Unset):
            field_dict["StorageDevice"] = storage_device
        if not isinstance(assigned_to, Unset):
            field_dict["AssignedTo"] = assigned_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("Quantity", UNSET)

        _due_date = d.pop("DueDate", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        notes = d.pop("Notes", UNSET)

        storage_device = d.pop("StorageDevice", UNSET)

        assigned_to = d.pop("AssignedTo", UNSET)

        _instance = cls(
            quantity=_unchecked(quantity),
            due_date=due_date,
            notes=notes,
            storage_device=storage_device,
            assigned_to=assigned_to,
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
