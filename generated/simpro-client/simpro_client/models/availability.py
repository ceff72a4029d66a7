from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_default_setting_schedule_work_week_start import CompanyDefaultSettingScheduleWorkWeekStart
from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="Availability")


@_attrs_define
class Availability:
    """
    Attributes:
        start_day (CompanyDefaultSettingScheduleWorkWeekStart):
        start_time (str): 24-hour format of an hour and minutes eg 00:00
        end_day (CompanyDefaultSettingScheduleWorkWeekStart):
        end_time (str): 24-hour format of an hour and minutes eg 00:00
    """

    start_day: CompanyDefaultSettingScheduleWorkWeekStart
    start_time: str
    end_day: CompanyDefaultSettingScheduleWorkWeekStart
    end_time: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_day: str | Unset = UNSET
        if not isinstance(self.start_day, Unset):
            start_day = self.start_day.value

        start_time = self.start_time
        end_day: str | Unset = UNSET
        if not isinstance(self.end_day, Unset):
            end_day = self.end_day.value

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(start_day, Unset):
            field_dict["StartDay"] = start_day
        if not isinstance(start_time, Unset):
            field_dict["StartTime"] = start_time
        if not isinstance(end_day, Unset):
            field_dict["EndDay"] = end_day
        if not isinstance(end_time, Unset):
            field_dict["EndTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _start_day = d.pop("StartDay", UNSET)
        start_day: CompanyDefaultSettingScheduleWorkWeekStart | Unset
        if isinstance(_start_day, Unset):
            start_day = UNSET
        else:
            start_day = CompanyDefaultSettingScheduleWorkWeekStart.parse(_start_day)

        start_time = d.pop("StartTime", UNSET)

        _end_day = d.pop("EndDay", UNSET)
        end_day: CompanyDefaultSettingScheduleWorkWeekStart | Unset
        if isinstance(_end_day, Unset):
            end_day = UNSET
        else:
            end_day = CompanyDefaultSettingScheduleWorkWeekStart.parse(_end_day)

        end_time = d.pop("EndTime", UNSET)

        _instance = cls(
            start_day=_unchecked(start_day),
            start_time=_unchecked(start_time),
            end_day=_unchecked(end_day),
            end_time=_unchecked(end_time),
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
