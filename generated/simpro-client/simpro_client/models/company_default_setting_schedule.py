from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_default_setting_schedule_schedule_format import CompanyDefaultSettingScheduleScheduleFormat
from ..models.company_default_setting_schedule_work_week_start import CompanyDefaultSettingScheduleWorkWeekStart
from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="CompanyDefaultSettingSchedule")


@_attrs_define
class CompanyDefaultSettingSchedule:
    """
    Attributes:
        work_week_start (CompanyDefaultSettingScheduleWorkWeekStart):
        schedule_format (CompanyDefaultSettingScheduleScheduleFormat):
    """

    work_week_start: CompanyDefaultSettingScheduleWorkWeekStart
    schedule_format: CompanyDefaultSettingScheduleScheduleFormat
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        work_week_start: str | Unset = UNSET
        if not isinstance(self.work_week_start, Unset):
            work_week_start = self.work_week_start.value

        schedule_format: str | Unset = UNSET
        if not isinstance(self.schedule_format, Unset):
            schedule_format = self.schedule_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(work_week_start, Unset):
            field_dict["WorkWeekStart"] = work_week_start
        if not isinstance(schedule_format, Unset):
            field_dict["ScheduleFormat"] = schedule_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _work_week_start = d.pop("WorkWeekStart", UNSET)
        work_week_start: CompanyDefaultSettingScheduleWorkWeekStart | Unset
        if isinstance(_work_week_start, Unset):
            work_week_start = UNSET
        else:
            work_week_start = CompanyDefaultSettingScheduleWorkWeekStart.parse(_work_week_start)

        _schedule_format = d.pop("ScheduleFormat", UNSET)
        schedule_format: CompanyDefaultSettingScheduleScheduleFormat | Unset
        if isinstance(_schedule_format, Unset):
            schedule_format = UNSET
        else:
            schedule_format = CompanyDefaultSettingScheduleScheduleFormat.parse(_schedule_format)

        _instance = cls(
            work_week_start=_unchecked(work_week_start),
            schedule_format=_unchecked(schedule_format),
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
