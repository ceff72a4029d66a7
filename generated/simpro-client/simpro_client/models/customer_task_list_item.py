from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.added_by_ref import AddedByRef
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="CustomerTaskListItem")


@_attrs_define
class CustomerTaskListItem:
    """
    Attributes:
        id (int):
        subject (str):
        assigned_to (AddedByRef | None): Deprecated: AssignedTo field is deprecated. Please specify either AssignedTo
            (Deprecated) or Assignees (Preferred). When both provided AssignedTo will be ignored.
        assignees (list[StaffRef] | None): Set the staff members which the task will be assigned to. Must be an employee
            or contractor; it cannot be a plant item.
        completed_by (AddedByRef | None): Set the staff member which the task will be completed by. Must be an employee
            or contractor; it cannot be a plant item.
        due_date (datetime.date | None): When the task becomes overdue, you will receive an alert in simPRO.
        percent_complete (int): Displays task progress percentage.
    """

    id: int
    subject: str
    assigned_to: AddedByRef | None
    assignees: list[StaffRef] | None
    completed_by: AddedByRef | None
    due_date: datetime.date | None
    percent_complete: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415

        id = self.id
        subject = self.subject
        assigned_to: dict[str, Any] | None | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        elif isinstance(self.assigned_to, AddedByRef):
            assigned_to = self.assigned_to.to_dict()
        else:
            assigned_to = self.assigned_to
        assignees: list[dict[str, Any]] | None | Unset
        if isinstance(self.assignees, Unset):
            assignees = UNSET
        elif isinstance(self.assignees, list):
            assignees = []
            for assignees_type_0_item_data in self.assignees:
                assignees_type_0_item = assignees_type_0_item_data.to_dict()
                assignees.append(assignees_type_0_item)

        else:
            assignees = self.assignees
        completed_by: dict[str, Any] | None | Unset
        if isinstance(self.completed_by, Unset):
            completed_by = UNSET
        elif isinstance(self.completed_by, AddedByRef):
            completed_by = self.completed_by.to_dict()
        else:
            completed_by = self.completed_by
        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date
        percent_complete = self.percent_complete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(subject, Unset):
            field_dict["Subject"] = subject
        if not isinstance(assigned_to, Unset):
            field_dict["AssignedTo"] = assigned_to
        if not isinstance(assignees, Unset):
            field_dict["Assignees"] = assignees
        if not isinstance(completed_by, Unset):
            field_dict["CompletedBy"] = completed_by
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date
        if not isinstance(percent_complete, Unset):
            field_dict["PercentComplete"] = percent_complete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        subject = d.pop("Subject", UNSET)

        def _parse_assigned_to(data: object) -> AddedByRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AddedByRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assigned_to_type_1 = AddedByRef.from_dict(data)

                if is_complete(assigned_to_type_1):
                    return assigned_to_type_1
                partial_fits.append(assigned_to_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AddedByRef | None | Unset, data)

        assigned_to = _parse_assigned_to(d.pop("AssignedTo", UNSET))

        def _parse_assignees(data: object) -> list[StaffRef] | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[list[StaffRef] | None | Unset] = []
            try:
                if not isinstance(data, list):
                    raise TypeError()
                assignees_type_0 = []
                _assignees_type_0 = data
                for assignees_type_0_item_data in _assignees_type_0:
                    assignees_type_0_item = StaffRef.from_dict(assignees_type_0_item_data)

                    assignees_type_0.append(assignees_type_0_item)

                if is_complete(assignees_type_0):
                    return assignees_type_0
                partial_fits.append(assignees_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(list[StaffRef] | None | Unset, data)

        assignees = _parse_assignees(d.pop("Assignees", UNSET))

        def _parse_completed_by(data: object) -> AddedByRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AddedByRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completed_by_type_1 = AddedByRef.from_dict(data)

                if is_complete(completed_by_type_1):
                    return completed_by_type_1
                partial_fits.append(completed_by_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AddedByRef | None | Unset, data)

        completed_by = _parse_completed_by(d.pop("CompletedBy", UNSET))

        def _parse_due_date(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(due_date_type_0):
                    return due_date_type_0
                partial_fits.append(due_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        due_date = _parse_due_date(d.pop("DueDate", UNSET))

        percent_complete = d.pop("PercentComplete", UNSET)

        _instance = cls(
            id=_unchecked(id),
            subject=_unchecked(subject),
            assigned_to=_unchecked(assigned_to),
            assignees=_unchecked(assignees),
            completed_by=_unchecked(completed_by),
            due_date=_unchecked(due_date),
            percent_complete=_unchecked(percent_complete),
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
