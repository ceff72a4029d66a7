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
    from ..models.actual import Actual
    from ..models.added_by_ref import AddedByRef
    from ..models.associated import Associated
    from ..models.folder_ref import FolderRef
    from ..models.parent_task import ParentTask
    from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField
    from ..models.staff_ref import StaffRef
    from ..models.sub_task import SubTask


T = TypeVar("T", bound="JobTask")


@_attrs_define
class JobTask:
    """
    Attributes:
        id (int):
        subject (str):
        created_by (StaffRef):
        assigned_to_customer (bool): Task assigned to customer.
        associated (Associated):
        is_billable (bool): Set this column to true if the actual time taken is billable to a job.
        show_on_work_order (bool): Make the task visible within the project's work order.
        email_notifications (bool):
        description (str): This column supports HTML formatting.
        notes (str): Set task notes. (Internal use only) This column supports HTML formatting.
        status (CustomerTaskStatus):
        priority (CustomerTaskPriority):
        estimated (Actual):
        actual (Actual):
        sub_tasks (list[SubTask]): Displays the child tasks that linked to the current task.
        custom_fields (list[ReceivableContactListItemCustomField]): All of the custom fields for this job task. See the
            custom fields handler for more information.
        percent_complete (int): Displays task progress percentage.
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        assigned_to (AddedByRef | None | Unset): Deprecated: AssignedTo field is deprecated. Please specify either
            AssignedTo (Deprecated) or Assignees (Preferred). When both provided AssignedTo will be ignored.
        assignees (list[StaffRef] | None | Unset): Set the staff members which the task will be assigned to. Must be an
            employee or contractor; it cannot be a plant item.
        completed_by (AddedByRef | None | Unset): Set the staff member which the task will be completed by. Must be an
            employee or contractor; it cannot be a plant item.
        start_date (datetime.date | None | Unset): Start Date is when the person assigned will first receive an alert;
            if no date is selected, no alerts will be sent.
        due_date (datetime.date | None | Unset): When the task becomes overdue, you will receive an alert in simPRO.
        completed_date (datetime.date | None | Unset): When the task becomes overdue, you will receive an alert in
            simPRO.
        category (FolderRef | None | Unset):
        parent_task (None | ParentTask | Unset): Set the current task as a child of another task. A parent task must
            belong to this customer, and must not be closed.
    """

    id: int
    subject: str
    created_by: StaffRef
    assigned_to_customer: bool
    associated: Associated
    is_billable: bool
    show_on_work_order: bool
    email_notifications: bool
    description: str
    notes: str
    status: CustomerTaskStatus
    priority: CustomerTaskPriority
    estimated: Actual
    actual: Actual
    sub_tasks: list[SubTask]
    custom_fields: list[ReceivableContactListItemCustomField]
    percent_complete: int
    date_modified: datetime.datetime
    assigned_to: AddedByRef | None | Unset = UNSET
    assignees: list[StaffRef] | None | Unset = UNSET
    completed_by: AddedByRef | None | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    completed_date: datetime.date | None | Unset = UNSET
    category: FolderRef | None | Unset = UNSET
    parent_task: None | ParentTask | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415
        from ..models.parent_task import ParentTask  # noqa: PLC0415

        id = self.id
        subject = self.subject
        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()
        assigned_to_customer = self.assigned_to_customer
        associated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.associated, Unset):
            associated = self.associated.to_dict()
        is_billable = self.is_billable
        show_on_work_order = self.show_on_work_order
        email_notifications = self.email_notifications
        description = self.description
        notes = self.notes
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        estimated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.estimated, Unset):
            estimated = self.estimated.to_dict()
        actual: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actual, Unset):
            actual = self.actual.to_dict()
        sub_tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_tasks, Unset):
            sub_tasks = []
            for sub_tasks_item_data in self.sub_tasks:
                sub_tasks_item = sub_tasks_item_data.to_dict()
                sub_tasks.append(sub_tasks_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        percent_complete = self.percent_complete
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
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
        category: dict[str, Any] | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, FolderRef):
            category = self.category.to_dict()
        else:
            category = self.category
        parent_task: dict[str, Any] | None | Unset
        if isinstance(self.parent_task, Unset):
            parent_task = UNSET
        elif isinstance(self.parent_task, ParentTask):
            parent_task = self.parent_task.to_dict()
        else:
            parent_task = self.parent_task

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(subject, Unset):
            field_dict["Subject"] = subject
        if not isinstance(created_by, Unset):
            field_dict["CreatedBy"] = created_by
        if not isinstance(assigned_to_customer, Unset):
            field_dict["AssignedToCustomer"] = assigned_to_customer
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
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(priority, Unset):
            field_dict["Priority"] = priority
        if not isinstance(estimated, Unset):
            field_dict["Estimated"] = estimated
        if not isinstance(actual, Unset):
            field_dict["Actual"] = actual
        if not isinstance(sub_tasks, Unset):
            field_dict["SubTasks"] = sub_tasks
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(percent_complete, Unset):
            field_dict["PercentComplete"] = percent_complete
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(assigned_to, Unset):
            field_dict["AssignedTo"] = assigned_to
        if not isinstance(assignees, Unset):
            field_dict["Assignees"] = assignees
        if not isinstance(completed_by, Unset):
            field_dict["CompletedBy"] = completed_by
        if not isinstance(start_date, Unset):
            field_dict["StartDate"] = start_date
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date
        if not isinstance(completed_date, Unset):
            field_dict["CompletedDate"] = completed_date
        if not isinstance(category, Unset):
            field_dict["Category"] = category
        if not isinstance(parent_task, Unset):
            field_dict["ParentTask"] = parent_task

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actual import Actual  # noqa: PLC0415
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.associated import Associated  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415
        from ..models.parent_task import ParentTask  # noqa: PLC0415
        from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField  # noqa: PLC0415
        from ..models.staff_ref import StaffRef  # noqa: PLC0415
        from ..models.sub_task import SubTask  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        subject = d.pop("Subject", UNSET)

        _created_by = d.pop("CreatedBy", UNSET)
        created_by: StaffRef | Unset
        if isinstance(_created_by, Unset):
            created_by = UNSET
        else:
            created_by = StaffRef.from_dict(_created_by)

        assigned_to_customer = d.pop("AssignedToCustomer", UNSET)

        _associated = d.pop("Associated", UNSET)
        associated: Associated | Unset
        if isinstance(_associated, Unset):
            associated = UNSET
        else:
            associated = Associated.from_dict(_associated)

        is_billable = d.pop("IsBillable", UNSET)

        show_on_work_order = d.pop("ShowOnWorkOrder", UNSET)

        email_notifications = d.pop("EmailNotifications", UNSET)

        description = d.pop("Description", UNSET)

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

        _estimated = d.pop("Estimated", UNSET)
        estimated: Actual | Unset
        if isinstance(_estimated, Unset):
            estimated = UNSET
        else:
            estimated = Actual.from_dict(_estimated)

        _actual = d.pop("Actual", UNSET)
        actual: Actual | Unset
        if isinstance(_actual, Unset):
            actual = UNSET
        else:
            actual = Actual.from_dict(_actual)

        _sub_tasks = d.pop("SubTasks", UNSET)
        sub_tasks: list[SubTask] | Unset = UNSET
        if _sub_tasks is not UNSET:
            sub_tasks = []
            for sub_tasks_item_data in _sub_tasks:
                sub_tasks_item = SubTask.from_dict(sub_tasks_item_data)

                sub_tasks.append(sub_tasks_item)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[ReceivableContactListItemCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = ReceivableContactListItemCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        percent_complete = d.pop("PercentComplete", UNSET)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

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

        def _parse_category(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_type_1 = FolderRef.from_dict(data)

                if is_complete(category_type_1):
                    return category_type_1
                partial_fits.append(category_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        category = _parse_category(d.pop("Category", UNSET))

        def _parse_parent_task(data: object) -> None | ParentTask | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | ParentTask | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_task_type_1 = ParentTask.from_dict(data)

                if is_complete(parent_task_type_1):
                    return parent_task_type_1
                partial_fits.append(parent_task_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(None | ParentTask | Unset, data)

        parent_task = _parse_parent_task(d.pop("ParentTask", UNSET))

        _instance = cls(
            id=_unchecked(id),
            subject=_unchecked(subject),
            created_by=_unchecked(created_by),
            assigned_to_customer=_unchecked(assigned_to_customer),
            associated=_unchecked(associated),
            is_billable=_unchecked(is_billable),
            show_on_work_order=_unchecked(show_on_work_order),
            email_notifications=_unchecked(email_notifications),
            description=_unchecked(description),
            notes=_unchecked(notes),
            status=_unchecked(status),
            priority=_unchecked(priority),
            estimated=_unchecked(estimated),
            actual=_unchecked(actual),
            sub_tasks=_unchecked(sub_tasks),
            custom_fields=_unchecked(custom_fields),
            percent_complete=_unchecked(percent_complete),
            date_modified=_unchecked(date_modified),
            assigned_to=assigned_to,
            assignees=assignees,
            completed_by=completed_by,
            start_date=start_date,
            due_date=due_date,
            completed_date=completed_date,
            category=category,
            parent_task=parent_task,
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
