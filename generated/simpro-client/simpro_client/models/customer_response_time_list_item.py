from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.response_time_ref import ResponseTimeRef


T = TypeVar("T", bound="CustomerResponseTimeListItem")


@_attrs_define
class CustomerResponseTimeListItem:
    """
    Attributes:
        response_time (ResponseTimeRef):
        days (int):
        hours (int):
        minutes (int):
    """

    response_time: ResponseTimeRef
    days: int
    hours: int
    minutes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_time, Unset):
            response_time = self.response_time.to_dict()
        days = self.days
        hours = self.hours
        minutes = self.minutes

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_time_ref import ResponseTimeRef  # noqa: PLC0415

        d = dict(src_dict)
        _response_time = d.pop("ResponseTime", UNSET)
        response_time: ResponseTimeRef | Unset
        if isinstance(_response_time, Unset):
            response_time = UNSET
        else:
            response_time = ResponseTimeRef.from_dict(_response_time)

        days = d.pop("Days", UNSET)

        hours = d.pop("Hours", UNSET)

        minutes = d.pop("Minutes", UNSET)

        _instance = cls(
            response_time=_unchecked(response_time),
            days=_unchecked(days),
            hours=_unchecked(hours),
            minutes=_unchecked(minutes),
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
