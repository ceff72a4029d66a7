from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.project_ref import ProjectRef
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="JobWorkOrderListItem")


@_attrs_define
class JobWorkOrderListItem:
    """
    Attributes:
        id (int):
        staff (StaffRef):
        work_order_date (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        project (ProjectRef):
    """

    id: int
    staff: StaffRef
    work_order_date: datetime.date
    project: ProjectRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()
        work_order_date: str | Unset = UNSET
        if not isinstance(self.work_order_date, Unset):
            work_order_date = self.work_order_date.isoformat()
        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(staff, Unset):
            field_dict["Staff"] = staff
        if not isinstance(work_order_date, Unset):
            field_dict["WorkOrderDate"] = work_order_date
        if not isinstance(project, Unset):
            field_dict["Project"] = project

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_ref import ProjectRef  # noqa: PLC0415
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _staff = d.pop("Staff", UNSET)
        staff: StaffRef | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = StaffRef.from_dict(_staff)

        _work_order_date = d.pop("WorkOrderDate", UNSET)
        work_order_date: datetime.date | Unset
        if isinstance(_work_order_date, Unset):
            work_order_date = UNSET
        else:
            work_order_date = datetime.date.fromisoformat(_work_order_date)

        _project = d.pop("Project", UNSET)
        project: ProjectRef | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = ProjectRef.from_dict(_project)

        _instance = cls(
            id=_unchecked(id),
            staff=_unchecked(staff),
            work_order_date=_unchecked(work_order_date),
            project=_unchecked(project),
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
