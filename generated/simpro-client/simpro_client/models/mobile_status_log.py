from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.mobile_status_log_staff_ref import MobileStatusLogStaffRef
    from ..models.mobile_status_log_status_ref import MobileStatusLogStatusRef
    from ..models.work_order_ref import WorkOrderRef


T = TypeVar("T", bound="MobileStatusLog")


@_attrs_define
class MobileStatusLog:
    """
    Attributes:
        id (int):
        staff (MobileStatusLogStaffRef):
        work_order (WorkOrderRef):
        status (MobileStatusLogStatusRef):
        latitude (float):
        longitude (float):
        date_logged (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
    """

    id: int
    staff: MobileStatusLogStaffRef
    work_order: WorkOrderRef
    status: MobileStatusLogStatusRef
    latitude: float
    longitude: float
    date_logged: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()
        work_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.work_order, Unset):
            work_order = self.work_order.to_dict()
        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()
        latitude = self.latitude
        longitude = self.longitude
        date_logged: str | Unset = UNSET
        if not isinstance(self.date_logged, Unset):
            date_logged = self.date_logged.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(staff, Unset):
            field_dict["Staff"] = staff
        if not isinstance(work_order, Unset):
            field_dict["WorkOrder"] = work_order
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(latitude, Unset):
            field_dict["Latitude"] = latitude
        if not isinstance(longitude, Unset):
            field_dict["Longitude"] = longitude
        if not isinstance(date_logged, Unset):
            field_dict["DateLogged"] = date_logged

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mobile_status_log_staff_ref import MobileStatusLogStaffRef  # noqa: PLC0415
        from ..models.mobile_status_log_status_ref import MobileStatusLogStatusRef  # noqa: PLC0415
        from ..models.work_order_ref import WorkOrderRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _staff = d.pop("Staff", UNSET)
        staff: MobileStatusLogStaffRef | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = MobileStatusLogStaffRef.from_dict(_staff)

        _work_order = d.pop("WorkOrder", UNSET)
        work_order: WorkOrderRef | Unset
        if isinstance(_work_order, Unset):
            work_order = UNSET
        else:
            work_order = WorkOrderRef.from_dict(_work_order)

        _status = d.pop("Status", UNSET)
        status: MobileStatusLogStatusRef | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MobileStatusLogStatusRef.from_dict(_status)

        latitude = d.pop("Latitude", UNSET)

        longitude = d.pop("Longitude", UNSET)

        _date_logged = d.pop("DateLogged", UNSET)
        date_logged: datetime.datetime | Unset
        if isinstance(_date_logged, Unset):
            date_logged = UNSET
        else:
            date_logged = datetime.datetime.fromisoformat(_date_logged)

        _instance = cls(
            id=_unchecked(id),
            staff=_unchecked(staff),
            work_order=_unchecked(work_order),
            status=_unchecked(status),
            latitude=_unchecked(latitude),
            longitude=_unchecked(longitude),
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
