from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="ActivityScheduleListItem")


@_attrs_define
class ActivityScheduleListItem:
    """
    Attributes:
        id (int):
        total_hours (float):
        staff (StaffRef):
        date (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null or
            Field=ne(null)
        activity (CostCenterRef):
    """

    id: int
    total_hours: float
    staff: StaffRef
    date: datetime.date
    activity: CostCenterRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        total_hours = self.total_hours
        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()
        activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity, Unset):
            activity = self.activity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(total_hours, Unset):
            field_dict["TotalHours"] = total_hours
        if not isinstance(staff, Unset):
            field_dict["Staff"] = staff
        if not isinstance(date, Unset):
            field_dict["Date"] = date
        if not isinstance(activity, Unset):
            field_dict["Activity"] = activity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        total_hours = d.pop("TotalHours", UNSET)

        _staff = d.pop("Staff", UNSET)
        staff: StaffRef | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = StaffRef.from_dict(_staff)

        _date = d.pop("Date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _activity = d.pop("Activity", UNSET)
        activity: CostCenterRef | Unset
        if isinstance(_activity, Unset):
            activity = UNSET
        else:
            activity = CostCenterRef.from_dict(_activity)

        _instance = cls(
            id=_unchecked(id),
            total_hours=_unchecked(total_hours),
            staff=_unchecked(staff),
            date=_unchecked(date),
            activity=_unchecked(activity),
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
