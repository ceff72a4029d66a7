from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="PlantAndEquipmentService")


@_attrs_define
class PlantAndEquipmentService:
    """
    Attributes:
        id (int):
        notes (str):
        date (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null or
            Field=ne(null)
        hours (int):
        cost (float):
        next_service (bool):
    """

    id: int
    notes: str
    date: datetime.date
    hours: int
    cost: float
    next_service: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        notes = self.notes
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()
        hours = self.hours
        cost = self.cost
        next_service = self.next_service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(date, Unset):
            field_dict["Date"] = date
        if not isinstance(hours, Unset):
            field_dict["Hours"] = hours
        if not isinstance(cost, Unset):
            field_dict["Cost"] = cost
        if not isinstance(next_service, Unset):
            field_dict["NextService"] = next_service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        notes = d.pop("Notes", UNSET)

        _date = d.pop("Date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        hours = d.pop("Hours", UNSET)

        cost = d.pop("Cost", UNSET)

        next_service = d.pop("NextService", UNSET)

        _instance = cls(
            id=_unchecked(id),
            notes=_unchecked(notes),
            date=_unchecked(date),
            hours=_unchecked(hours),
            cost=_unchecked(cost),
            next_service=_unchecked(next_service),
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
