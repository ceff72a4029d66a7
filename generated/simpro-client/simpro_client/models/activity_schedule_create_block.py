from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityScheduleCreateBlock")


@_attrs_define
class ActivityScheduleCreateBlock:
    """
    Attributes:
        start_time (str | Unset): Between 00:00 and 24:00
        end_time (str | Unset): Between 00:00 and 24:00
        schedule_rate (int | Unset): ID of a schedule rate
    """

    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    schedule_rate: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time
        end_time = self.end_time
        schedule_rate = self.schedule_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(start_time, Unset):
            field_dict["StartTime"] = start_time
        if not isinstance(end_time, Unset):
            field_dict["EndTime"] = end_time
        if not isinstance(schedule_rate, Unset):
            field_dict["ScheduleRate"] = schedule_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_time = d.pop("StartTime", UNSET)

        end_time = d.pop("EndTime", UNSET)

        schedule_rate = d.pop("ScheduleRate", UNSET)

        _instance = cls(
            start_time=start_time,
            end_time=end_time,
            schedule_rate=schedule_rate,
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
