from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_create_stage import JobCreateStage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_create_stc import JobCreateSTC


T = TypeVar("T", bound="JobUpdate")


@_attrs_define
class JobUpdate:
    """
    Attributes:
        customer (int | Unset): ID of a customer
        customer_contract (int | Unset): ID of a customer contract
        customer_contact (int | Unset): ID of a contact
        additional_contacts (list[int] | Unset):
        site (int | Unset): ID of a site
        site_contact (int | Unset): ID of a contact
        order_no (str | Unset):
        request_no (str | Unset): This column refers to job name and it is deprecated.
        name (str | Unset):
        description (str | Unset): This column supports HTML formatting.
        notes (str | Unset): This column supports HTML formatting.
        date_issued (datetime.date | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        due_date (datetime.date | None | Unset): This field becomes mandatory when Mandatory Due Date setting for jobs
            is turned on in system setup defaults.
        due_time (None | str | Unset): Time in HH:MM format eg. 23:59
        tags (list[int] | Unset):
        salesperson (int | Unset): ID of a staff
        project_manager (int | Unset): ID of a staff
        technicians (int | Unset): ID of a staff
        technician (int | Unset): ID of a staff
        stage (JobCreateStage | Unset):
        status (int | Unset): ID of a project status code
        response_time (int | Unset): ID of a customer response time
        auto_adjust_status (bool | Unset): Set this to false if you would like to set status manually.
        stc (JobCreateSTC | Unset):
        completed_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be
            filtered by Field=null or Field=ne(null)
    """

    customer: int | Unset = UNSET
    customer_contract: int | Unset = UNSET
    customer_contact: int | Unset = UNSET
    additional_contacts: list[int] | Unset = UNSET
    site: int | Unset = UNSET
    site_contact: int | Unset = UNSET
    order_no: str | Unset = UNSET
    request_no: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    notes: str | Unset = UNSET
    date_issued: datetime.date | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    due_time: None | str | Unset = UNSET
    tags: list[int] | Unset = UNSET
    salesperson: int | Unset = UNSET
    project_manager: int | Unset = UNSET
    technicians: int | Unset = UNSET
    technician: int | Unset = UNSET
    stage: JobCreateStage | Unset = UNSET
    status: int | Unset = UNSET
    response_time: int | Unset = UNSET
    auto_adjust_status: bool | Unset = UNSET
    stc: JobCreateSTC | Unset = UNSET
    completed_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer
        customer_contract = self.customer_contract
        customer_contact = self.customer_contact
        additional_contacts: list[int] | Unset = UNSET
        if not isinstance(self.additional_contacts, Unset):
            additional_contacts = self.additional_contacts

        site = self.site
        site_contact = self.site_contact
        order_no = self.order_no
        request_no = self.request_no
        name = self.name
        description = self.description
        notes = self.notes
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date
        due_time: None | str | Unset
        if isinstance(self.due_time, Unset):
            due_time = UNSET
        else:
            due_time = self.due_time
        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        salesperson = self.salesperson
        project_manager = self.project_manager
        technicians = self.technicians
        technician = self.technician
        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        status = self.status
        response_time = self.response_time
        auto_adjust_status = self.auto_adjust_status
        stc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stc, Unset):
            stc = self.stc.to_dict()
        completed_date: None | str | Unset
        if isinstance(self.completed_date, Unset):
            completed_date = UNSET
        elif isinstance(self.completed_date, datetime.date):
            completed_date = self.completed_date.isoformat()
        else:
            completed_date = self.completed_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(customer_contract, Unset):
            field_dict["CustomerContract"] = customer_contract
        if not isinstance(customer_contact, Unset):
            field_dict["CustomerContact"] = customer_contact
        if not isinstance(additional_contacts, Unset):
            field_dict["AdditionalContacts"] = additional_contacts
        if not isinstance(site, Unset):
            field_dict["Site"] = site
        if not isinstance(site_contact, Unset):
            field_dict["SiteContact"] = site_contact
        if not isinstance(order_no, Unset):
            field_dict["OrderNo"] = order_no
        if not isinstance(request_no, Unset):
            field_dict["RequestNo"] = request_no
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date
        if not isinstance(due_time, Unset):
            field_dict["DueTime"] = due_time
        if not isinstance(tags, Unset):
            field_dict["Tags"] = tags
        if not isinstance(salesperson, Unset):
            field_dict["Salesperson"] = salesperson
        if not isinstance(project_manager, Unset):
            field_dict["ProjectManager"] = project_manager
        if not isinstance(technicians, Unset):
            field_dict["Technicians"] = technicians
        if not isinstance(technician, Unset):
            field_dict["Technician"] = technician
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(response_time, Unset):
            field_dict["ResponseTime"] = response_time
        if not isinstance(auto_adjust_status, Unset):
            field_dict["AutoAdjustStatus"] = auto_adjust_status
        if not isinstance(stc, Unset):
            field_dict["STC"] = stc
        if not isinstance(completed_date, Unset):
            field_dict["CompletedDate"] = completed_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_create_stc import JobCreateSTC  # noqa: PLC0415

        d = dict(src_dict)
        customer = d.pop("Customer", UNSET)

        customer_contract = d.pop("CustomerContract", UNSET)

        customer_contact = d.pop("CustomerContact", UNSET)

        additional_contacts = cast(list[int], d.pop("AdditionalContacts", UNSET))

        site = d.pop("Site", UNSET)

        site_contact = d.pop("SiteContact", UNSET)

        order_no = d.pop("OrderNo", UNSET)

        request_no = d.pop("RequestNo", UNSET)

        name = d.pop("Name", UNSET)

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

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

        def _parse_due_time(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        due_time = _parse_due_time(d.pop("DueTime", UNSET))

        tags = cast(list[int], d.pop("Tags", UNSET))

        salesperson = d.pop("Salesperson", UNSET)

        project_manager = d.pop("ProjectManager", UNSET)

        technicians = d.pop("Technicians", UNSET)

        technician = d.pop("Technician", UNSET)

        _stage = d.pop("Stage", UNSET)
        stage: JobCreateStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = JobCreateStage.parse(_stage)

        status = d.pop("Status", UNSET)

        response_time = d.pop("ResponseTime", UNSET)

        auto_adjust_status = d.pop("AutoAdjustStatus", UNSET)

        _stc = d.pop("STC", UNSET)
        stc: JobCreateSTC | Unset
        if isinstance(_stc, Unset):
            stc = UNSET
        else:
            stc = JobCreateSTC.from_dict(_stc)

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

        _instance = cls(
            customer=customer,
            customer_contract=customer_contract,
            customer_contact=customer_contact,
            additional_contacts=additional_contacts,
            site=site,
            site_contact=site_contact,
            order_no=order_no,
            request_no=request_no,
            name=name,
            description=description,
            notes=notes,
            date_issued=date_issued,
            due_date=due_date,
            due_time=due_time,
            tags=tags,
            salesperson=salesperson,
            project_manager=project_manager,
            technicians=technicians,
            technician=technician,
            stage=stage,
            status=status,
            response_time=response_time,
            auto_adjust_status=auto_adjust_status,
            stc=stc,
            completed_date=completed_date,
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
