from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="CustomerResponseTimeCreate")


@_attrs_define
class CustomerResponseTimeCreate:
    """
    Attributes:
        response_time (int): ID of a response time
        days (int | Unset):
        hours (int | Unset):
        minutes (int | Unset):
        is_default (bool | Unset):
    """

    response_time: int
    days: int | Unset = UNSET
    hours: int | Unset = UNSET
    minutes: int | Unset = UNSET
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response_time = self.response_time
        days = self.days
        hours = self.hours
        minutes = self.minutes
        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(response_time, Unset):
            field_dict["ResponseTime"] = response_time
        if not isinstance(days, Unset):
            field_dict["Days"] = days
        if not isinstance(hours, Unset):
            field_dict["Hours"] = hours
        if not isinstance(minutes, Unset):
            field_dict["Minutes"] = minutes
        if not isinstance(is_default, Unset):
            field_dict["IsDefault"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response_time = d.pop("ResponseTime", UNSET)

        days = d.pop("Days", UNSET)

        hours = d.pop("Hours", UNSET)

        minutes = d.pop("Minutes", UNSET)

        is_default = d.pop("IsDefault", UNSET)

        _instance = cls(
            response_time=_unchecked(response_time),
            days=days,
            hours=hours,
            minutes=minutes,
            is_default=is_default,
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
