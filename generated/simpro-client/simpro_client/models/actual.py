from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="Actual")


@_attrs_define
class Actual:
    """
    Attributes:
        hours (int):
        minutes (int): The number of minutes you specify may be slightly different than what is displayed.
        seconds (int): The number of seconds you specify may be slightly different than what is displayed.
    """

    hours: int
    minutes: int
    seconds: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hours = self.hours
        minutes = self.minutes
        seconds = self.seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(hours, Unset):
            field_dict["Hours"] = hours
        if not isinstance(minutes, Unset):
            field_dict["Minutes"] = minutes
        if not isinstance(seconds, Unset):
            field_dict["Seconds"] = seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hours = d.pop("Hours", UNSET)

        minutes = d.pop("Minutes", UNSET)

        seconds = d.pop("Seconds", UNSET)

        _instance = cls(
            hours=_unchecked(hours),
            minutes=_unchecked(minutes),
            seconds=_unchecked(seconds),
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
