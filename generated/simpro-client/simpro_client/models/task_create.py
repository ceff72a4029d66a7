from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_task_priority import CustomerTaskPriority
from ..models.customer_task_status import CustomerTaskStatus
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.task_create_actual import TaskCreateActual
    from ..models.task_create_associated import TaskCreateAssociated


T = TypeVar("T", bound="TaskCreate")


@_attrs_define
class TaskCreate:
    """
    Attributes:
        subject (str):
        assigned_to (int | Unset): ID of a staff
        assignees (list[int] | None | Unset): Set the staff members which the task will be assigned to. Must be an
            employee or contractor; it cannot be a plant item.
        assigned_to_customer (bool | Unset): Task assigned to customer.
        completed_by (int | Unset): ID of a staff
        associated (TaskCreateAssociated | Unset):
        is_billable (bool | Unset): Set this column to true if the actual time taken is billable to a job.
        show_on_work_order (bool | Unset): Make the task visible within the project's work order.
        email_notifications (bool | Unset):
        description (str | Unset): This column supports HTML formatting.
        start_date (datetime.date | None | Unset): Start Date is when the person assigned will first receive an alert;
            if no date is selected, no alerts will be sent.
        due_date (datetime.date | None | Unset): When the task becomes overdue, you will receive an alert in simPRO.
        completed_date (datetime.date | None | Unset): When the task becomes overdue, you will receive an alert in
            simPRO.
        notes (str | Unset): Set task notes. (Internal use only) This column supports HTML formatting.
        status (CustomerTaskStatus | Unset):
        priority (CustomerTaskPriority | Unset):
        category (int | Unset): ID of a task category
        estimated (TaskCreateActual | Unset):
        actual (TaskCreateActual | Unset):
        parent_task (int | Unset): ID of a task
        percent_complete (int | Unset): Displays task progress percentage.
    """

    subject: str
    assigned_to: int | Unset = UNSET
    assignees: list[int] | None | Unset = UNSET
    assigned_to_customer: bool | Unset = UNSET
    completed_by: int | Unset = UNSET
    associated: TaskCreateAssociated | Unset = UNSET
    is_billable: bool | Unset = UNSET
    show_on_work_order: bool | Unset = UNSET
    email_notifications: bool | Unset = UNSET
    description: str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    completed_date: datetime.date | None | Unset = UNSET
    notes: str | Unset = UNSET
    status: CustomerTaskStatus | Unset = UNSET
    priority: CustomerTaskPriority | Unset = UNSET
    category: int | Unset = UNSET
    estimated: TaskCreateActual | Unset = UNSET
    actual: TaskCreateActual | Unset = UNSET
    parent_task: int | Unset = UNSET
    percent_complete: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject
        assigned_to = self.assigned_to
        assignees: list[int] | None | Unset
        if isinstance(self.assignees, Unset):
            assignees = UNSET
        elif isinstance(self.assignees, list):
            assignees = self.assignees

        else:
            assignees = self.assignees
        assigned_to_customer = self.assigned_to_customer
        completed_by = self.completed_by
        associated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.associated, Unset):
            associated = self.associated.to_dict()
        is_billable = self.is_billable
        show_on_work_order = self.show_on_work_order
        email_notifications = self.email_notifications
        description = self.description
        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date
        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date
        completed_date: None | str | Unset
        if isinstance(self.completed_date, Unset):
            completed_date = UNSET
        elif isinstance(self.completed_date, datetime.date):
            completed_date = self.completed_date.isoformat()
        else:
            completed_date = self.completed_date
        notes = self.notes
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        category = self.category
        estimated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.estimated, Unset):
            estimated = self.estimated.to_dict()
        actual: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actual, Unset):
            actual = self.actual.to_dict()
        parent_task = self.parent_task
        percent_complete = self.percent_complete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(subject, Unset):
            field_dict["Subject"] = subject
        if not isinstance(assigned_to, Unset):
            field_dict["AssignedTo"] = assigned_to
        if not isinstance(assignees, Unset):
            field_dict["Assignees"] = assignees
        if not isinstance(assigned_to_customer, Unset):
            field_dict["AssignedToCustomer"] = assigned_to_customer
        if not isinstance(completed_by, Unset):
            field_dict["CompletedBy"] = completed_by
        if not isinstance(associated, Unset):
            field_dict["Associated"] = associated
        if not isinstance(is_billable, Unset):
            field_dict["IsBillable"] = is_billable
        if not isinstance(show_on_work_order, Unset):
            field_dict["ShowOnWorkOrder"] = show_on_work_order
        if not isinstance(email_notifications, Unset):
            field_dict["EmailNotifications"] = email_notifications
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(start_date, Unset):
            field_dict["StartDate"] = start_date
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date
        if not isinstance(completed_date, Unset):
            field_dict["CompletedDate"] = completed_date
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(priority, Unset):
            field_dict["Priority"] = priority
        if not isinstance(category, Unset):
            field_dict["Category"] = category
        if not isinstance(estimated, Unset):
            field_dict["Estimated"] = estimated
        if not isinstance(actual, Unset):
            field_dict["Actual"] = actual
        if not isinstance(parent_task, Unset):
            field_dict["ParentTask"] = parent_task
        if not isinstance(percent_complete, Unset):
            field_dict["PercentComplete"] = percent_complete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_create_actual import TaskCreateActual  # noqa: PLC0415
        from ..models.task_create_associated import TaskCreateAssociated  # noqa: PLC0415

        d = dict(src_dict)
        subject = d.pop("Subject", UNSET)

        assigned_to = d.pop("AssignedTo", UNSET)

        def _parse_assignees(data: object) -> list[int] | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[list[int] | None | Unset] = []
            try:
                if not isinstance(data, list):
                    raise TypeError()
                assignees_type_0 = cast(list[int], data)

                if is_complete(assignees_type_0):
                    return assignees_type_0
                partial_fits.append(assignees_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(list[int] | None | Unset, data)

        assignees = _parse_assignees(d.pop("Assignees", UNSET))

        assigned_to_customer = d.pop("AssignedToCustomer", UNSET)

        completed_by = d.pop("CompletedBy", UNSET)

        _associated = d.pop("Associated", UNSET)
        associated: TaskCreateAssociated | Unset
        if isinstance(_associated, Unset):
            associated = UNSET
        else:
            associated = TaskCreateAssociated.from_dict(_associated)

        is_billable = d.pop("IsBillable", UNSET)

        show_on_work_order = d.pop("ShowOnWorkOrder", UNSET)

        email_notifications = d.pop("EmailNotifications", UNSET)

        description = d.pop("Description", UNSET)

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(start_date_type_0):
                    return start_date_type_0
                partial_fits.append(start_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("StartDate", UNSET))

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

        def _parse_completed_date(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(completed_date_type_0):
                    return completed_date_type_0
                partial_fits.append(completed_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        completed_date = _parse_completed_date(d.pop("CompletedDate", UNSET))

        notes = d.pop("Notes", UNSET)

        _status = d.pop("Status", UNSET)
        status: CustomerTaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CustomerTaskStatus.parse(_status)

        _priority = d.pop("Priority", UNSET)
        priority: CustomerTaskPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = CustomerTaskPriority.parse(_priority)

        category = d.pop("Category", UNSET)

        _estimated = d.pop("Estimated", UNSET)
        estimated: TaskCreateActual | Unset
        if isinstance(_estimated, Unset):
            estimated = UNSET
        else:
            estimated = TaskCreateActual.from_dict(_estimated)

        _actual = d.pop("Actual", UNSET)
        actual: TaskCreateActual | Unset
        if isinstance(_actual, Unset):
            actual = UNSET
        else:
            actual = TaskCreateActual.from_dict(_actual)

        parent_task = d.pop("ParentTask", UNSET)

        percent_complete = d.pop("PercentComplete", UNSET)

        _instance = cls(
            subject=_unchecked(subject),
            assigned_to=assigned_to,
            assignees=assignees,
            assigned_to_customer=assigned_to_customer,
            completed_by=completed_by,
            associated=associated,
            is_billable=is_billable,
            show_on_work_order=show_on_work_order,
            email_notifications=email_notifications,
            description=description,
            start_date=start_date,
            due_date=due_date,
            completed_date=completed_date,
            notes=notes,
            status=status,
            priority=priority,
            category=category,
            estimated=estimated,
            actual=actual,
            parent_task=parent_task,
            percent_complete=percent_complete,
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
