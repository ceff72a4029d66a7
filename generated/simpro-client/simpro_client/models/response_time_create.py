from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="ResponseTimeCreate")


@_attrs_define
class ResponseTimeCreate:
    """
    Attributes:
        name (str):
        days (int | Unset):
        hours (int | Unset):
        minutes (int | Unset):
        include_weekends (bool | Unset):
        archived (bool | Unset):
    """

    name: str
    days: int | Unset = UNSET
    hours: int | Unset = UNSET
    minutes: int | Unset = UNSET
    include_weekends: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        days = self.days
        hours = self.hours
        minutes = self.minutes
        include_weekends = self.include_weekends
        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(days, Unset):
            field_dict["Days"] = days
        if not isinstance(hours, Unset):
            field_dict["Hours"] = hours
        if not isinstance(minutes, Unset):
            field_dict["Minutes"] = minutes
        if not isinstance(include_weekends, Unset):
            field_dict["IncludeWeekends"] = include_weekends
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        days = d.pop("Days", UNSET)

        hours = d.pop("Hours", UNSET)

        minutes = d.pop("Minutes", UNSET)

        include_weekends = d.pop("IncludeWeekends", UNSET)

        archived = d.pop("Archived", UNSET)

        _instance = cls(
            name=_unchecked(name),
            days=days,
            hours=hours,
            minutes=minutes,
            include_weekends=include_weekends,
            archived=archived,
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
