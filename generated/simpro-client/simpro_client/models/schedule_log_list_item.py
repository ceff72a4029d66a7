from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.job_log_list_item_staff_ref import JobLogListItemStaffRef


T = TypeVar("T", bound="ScheduleLogListItem")


@_attrs_define
class ScheduleLogListItem:
    """
    Attributes:
        id (int):
        schedule_id (None | str):
        message (str):
        staff (JobLogListItemStaffRef | None):
        date_logged (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
    """

    id: int
    schedule_id: None | str
    message: str
    staff: JobLogListItemStaffRef | None
    date_logged: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_log_list_item_staff_ref import JobLogListItemStaffRef  # noqa: PLC0415

        id = self.id
        schedule_id: None | str | Unset
        if isinstance(self.schedule_id, Unset):
            schedule_id = UNSET
        else:
            schedule_id = self.schedule_id
        message = self.message
        staff: dict[str, Any] | None | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        elif isinstance(self.staff, JobLogListItemStaffRef):
            staff = self.staff.to_dict()
        else:
            staff = self.staff
        date_logged: str | Unset = UNSET
        if not isinstance(self.date_logged, Unset):
            date_logged = self.date_logged.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(schedule_id, Unset):
            field_dict["ScheduleID"] = schedule_id
        if not isinstance(message, Unset):
            field_dict["Message"] = message
        if not isinstance(staff, Unset):
            field_dict["Staff"] = staff
        if not isinstance(date_logged, Unset):
            field_dict["DateLogged"] = date_logged

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_log_list_item_staff_ref import JobLogListItemStaffRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        def _parse_schedule_id(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        schedule_id = _parse_schedule_id(d.pop("ScheduleID", UNSET))

        message = d.pop("Message", UNSET)

        def _parse_staff(data: object) -> JobLogListItemStaffRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[JobLogListItemStaffRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                staff_type_1 = JobLogListItemStaffRef.from_dict(data)

                if is_complete(staff_type_1):
                    return staff_type_1
                partial_fits.append(staff_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(JobLogListItemStaffRef | None | Unset, data)

        staff = _parse_staff(d.pop("Staff", UNSET))

        _date_logged = d.pop("DateLogged", UNSET)
        date_logged: datetime.datetime | Unset
        if isinstance(_date_logged, Unset):
            date_logged = UNSET
        else:
            date_logged = datetime.datetime.fromisoformat(_date_logged)

        _instance = cls(
            id=_unchecked(id),
            schedule_id=_unchecked(schedule_id),
            message=_unchecked(message),
            staff=_unchecked(staff),
            date_logged=_unchecked(date_logged),
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
