from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contractor_timesheet_list_item_schedule_type import ContractorTimesheetListItemScheduleType
from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="ContractorTimesheetListItem")


@_attrs_define
class ContractorTimesheetListItem:
    """
    Attributes:
        schedule_type (ContractorTimesheetListItemScheduleType):
        reference (str):
        field_href (str):
        date (str): To search by Date, please set ?StartDate=YYYY-mm-dd&EndDate=YYYY-mm-dd
        start_time (str): Range from 00:00 to 24:00
        end_time (str): Range from 00:00 to 24:00
        total_hrs (float):
        cost (float):
    """

    schedule_type: ContractorTimesheetListItemScheduleType
    reference: str
    field_href: str
    date: str
    start_time: str
    end_time: str
    total_hrs: float
    cost: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule_type: str | Unset = UNSET
        if not isinstance(self.schedule_type, Unset):
            schedule_type = self.schedule_type.value

        reference = self.reference
        field_href = self.field_href
        date = self.date
        start_time = self.start_time
        end_time = self.end_time
        total_hrs = self.total_hrs
        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(schedule_type, Unset):
            field_dict["ScheduleType"] = schedule_type
        if not isinstance(reference, Unset):
            field_dict["Reference"] = reference
        if not isinstance(field_href, Unset):
            field_dict["_href"] = field_href
        if not isinstance(date, Unset):
            field_dict["Date"] = date
        if not isinstance(start_time, Unset):
            field_dict["StartTime"] = start_time
        if not isinstance(end_time, Unset):
            field_dict["EndTime"] = end_time
        if not isinstance(total_hrs, Unset):
            field_dict["TotalHrs"] = total_hrs
        if not isinstance(cost, Unset):
            field_dict["Cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _schedule_type = d.pop("ScheduleType", UNSET)
        schedule_type: ContractorTimesheetListItemScheduleType | Unset
        if isinstance(_schedule_type, Unset):
            schedule_type = UNSET
        else:
            schedule_type = ContractorTimesheetListItemScheduleType.parse(_schedule_type)

        reference = d.pop("Reference", UNSET)

        field_href = d.pop("_href", UNSET)

        date = d.pop("Date", UNSET)

        start_time = d.pop("StartTime", UNSET)

        end_time = d.pop("EndTime", UNSET)

        total_hrs = d.pop("TotalHrs", UNSET)

        cost = d.pop("Cost", UNSET)

        _instance = cls(
            schedule_type=_unchecked(schedule_type),
            reference=_unchecked(reference),
            field_href=_unchecked(field_href),
            date=_unchecked(date),
            start_time=_unchecked(start_time),
            end_time=_unchecked(end_time),
            total_hrs=_unchecked(total_hrs),
            cost=_unchecked(cost),
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
