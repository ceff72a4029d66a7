from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef


T = TypeVar("T", bound="Block")


@_attrs_define
class Block:
    """
    Attributes:
        hrs (float): Duration in hours.
        start_time (str): Between 00:00 and 24:00
        iso8601_start_time (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        end_time (str): Between 00:00 and 24:00
        iso8601_end_time (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        schedule_rate (CostCenterRef):
    """

    hrs: float
    start_time: str
    iso8601_start_time: datetime.datetime
    end_time: str
    iso8601_end_time: datetime.datetime
    schedule_rate: CostCenterRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hrs = self.hrs
        start_time = self.start_time
        iso8601_start_time: str | Unset = UNSET
        if not isinstance(self.iso8601_start_time, Unset):
            iso8601_start_time = self.iso8601_start_time.isoformat()
        end_time = self.end_time
        iso8601_end_time: str | Unset = UNSET
        if not isinstance(self.iso8601_end_time, Unset):
            iso8601_end_time = self.iso8601_end_time.isoformat()
        schedule_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule_rate, Unset):
            schedule_rate = self.schedule_rate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(hrs, Unset):
            field_dict["Hrs"] = hrs
        if not isinstance(start_time, Unset):
            field_dict["StartTime"] = start_time
        if not isinstance(iso8601_start_time, Unset):
            field_dict["ISO8601StartTime"] = iso8601_start_time
        if not isinstance(end_time, Unset):
            field_dict["EndTime"] = end_time
        if not isinstance(iso8601_end_time, Unset):
            field_dict["ISO8601EndTime"] = iso8601_end_time
        if not isinstance(schedule_rate, Unset):
            field_dict["ScheduleRate"] = schedule_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        hrs = d.pop("Hrs", UNSET)

        start_time = d.pop("StartTime", UNSET)

        _iso8601_start_time = d.pop("ISO8601StartTime", UNSET)
        iso8601_start_time: datetime.datetime | Unset
        if isinstance(_iso8601_start_time, Unset):
            iso8601_start_time = UNSET
        else:
            iso8601_start_time = datetime.datetime.fromisoformat(_iso8601_start_time)

        end_time = d.pop("EndTime", UNSET)

        _iso8601_end_time = d.pop("ISO8601EndTime", UNSET)
        iso8601_end_time: datetime.datetime | Unset
        if isinstance(_iso8601_end_time, Unset):
            iso8601_end_time = UNSET
        else:
            iso8601_end_time = datetime.datetime.fromisoformat(_iso8601_end_time)

        _schedule_rate = d.pop("ScheduleRate", UNSET)
        schedule_rate: CostCenterRef | Unset
        if isinstance(_schedule_rate, Unset):
            schedule_rate = UNSET
        else:
            schedule_rate = CostCenterRef.from_dict(_schedule_rate)

        _instance = cls(
            hrs=_unchecked(hrs),
            start_time=_unchecked(start_time),
            iso8601_start_time=_unchecked(iso8601_start_time),
            end_time=_unchecked(end_time),
            iso8601_end_time=_unchecked(iso8601_end_time),
            schedule_rate=_unchecked(schedule_rate),
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
