from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobResponseTimeRef")


@_attrs_define
class JobResponseTimeRef:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        days (int | Unset):
        hours (int | Unset):
        minutes (int | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    days: int | Unset = UNSET
    hours: int | Unset = UNSET
    minutes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        days = self.days
        hours = self.hours
        minutes = self.minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(days, Unset):
            field_dict["Days"] = days
        if not isinstance(hours, Unset):
            field_dict["Hours"] = hours
        if not isinstance(minutes, Unset):
            field_dict["Minutes"] = minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        days = d.pop("Days", UNSET)

        hours = d.pop("Hours", UNSET)

        minutes = d.pop("Minutes", UNSET)

        _instance = cls(
            id=id,
            name=name,
            days=days,
            hours=hours,
            minutes=minutes,
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
