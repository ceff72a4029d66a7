from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_stage import JobStage
from ..models.job_type import JobType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.added_by_ref import AddedByRef
    from ..models.contact_ref import ContactRef
    from ..models.converted_from_quote import ConvertedFromQuote
    from ..models.converted_from_quote_total import ConvertedFromQuoteTotal
    from ..models.converted_from_ref import ConvertedFromRef
    from ..models.cost_center_ref import CostCenterRef
    from ..models.customer_contact_ref import CustomerContactRef
    from ..models.customer_contract_ref import CustomerContractRef
    from ..models.customer_ref import CustomerRef
    from ..models.invoice_list_item_job import InvoiceListItemJob
    from ..models.job_custom_field_value import JobCustomFieldValue
    from ..models.job_response_time_ref import JobResponseTimeRef
    from ..models.job_status_ref import JobStatusRef
    from ..models.job_stc import JobSTC
    from ..models.job_totals import JobTotals
    from ..models.site_ref import SiteRef
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """
    Attributes:
        id (int): This job's ID
        type_ (JobType):
        customer (CustomerRef):
        customer_contract (CustomerContractRef):
        additional_contacts (list[ContactRef]):
        site (SiteRef):
        order_no (str):
        request_no (str): This column refers to job name and it is deprecated.
        name (str):
        description (str): This column supports HTML formatting.
        notes (str): This column supports HTML formatting.
        date_issued (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null
            or Field=ne(null)
        tags (list[CostCenterRef]):
        technicians (list[StaffRef]):
        stage (JobStage):
        status (JobStatusRef):
        is_variation (bool):
        linked_variations (list[InvoiceListItemJob]):
        converted_from_quote (ConvertedFromQuote):
        converted_from (ConvertedFromRef):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        auto_adjust_status (bool): Set this to false if you would like to set status manually.
        is_retention_enabled (bool):
        total (ConvertedFromQuoteTotal):
        totals (JobTotals):
        custom_fields (list[JobCustomFieldValue]): All of the custom fields for this job. See the custom fields handler
            for more information.
        stc (JobSTC):
        customer_contact (CustomerContactRef | None | Unset):
        site_contact (CustomerContactRef | None | Unset):
        due_date (datetime.date | None | Unset): This field becomes mandatory when Mandatory Due Date setting for jobs
            is turned on in system setup defaults.
        due_time (None | str | Unset): Time in HH:MM format eg. 23:59
        salesperson (AddedByRef | None | Unset):
        project_manager (AddedByRef | None | Unset):
        technician (AddedByRef | None | Unset): Deprecated: Revised field is technicians, please use Revised field
        response_time (JobResponseTimeRef | None | Unset):
        completed_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be
            filtered by Field=null or Field=ne(null)
    """

    id: int
    type_: JobType
    customer: CustomerRef
    customer_contract: CustomerContractRef
    additional_contacts: list[ContactRef]
    site: SiteRef
    order_no: str
    request_no: str
    name: str
    description: str
    notes: str
    date_issued: datetime.date
    tags: list[CostCenterRef]
    technicians: list[StaffRef]
    stage: JobStage
    status: JobStatusRef
    is_variation: bool
    linked_variations: list[InvoiceListItemJob]
    converted_from_quote: ConvertedFromQuote
    converted_from: ConvertedFromRef
    date_modified: datetime.datetime
    auto_adjust_status: bool
    is_retention_enabled: bool
    total: ConvertedFromQuoteTotal
    totals: JobTotals
    custom_fields: list[JobCustomFieldValue]
    stc: JobSTC
    customer_contact: CustomerContactRef | None | Unset = UNSET
    site_contact: CustomerContactRef | None | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    due_time: None | str | Unset = UNSET
    salesperson: AddedByRef | None | Unset = UNSET
    project_manager: AddedByRef | None | Unset = UNSET
    technician: AddedByRef | None | Unset = UNSET
    response_time: JobResponseTimeRef | None | Unset = UNSET
    completed_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.customer_contact_ref import CustomerContactRef  # noqa: PLC0415
        from ..models.job_response_time_ref import JobResponseTimeRef  # noqa: PLC0415

        id = self.id
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()
        customer_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_contract, Unset):
            customer_contract = self.customer_contract.to_dict()
        additional_contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_contacts, Unset):
            additional_contacts = []
            for additional_contacts_item_data in self.additional_contacts:
                additional_contacts_item = additional_contacts_item_data.to_dict()
                additional_contacts.append(additional_contacts_item)

        site: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.to_dict()
        order_no = self.order_no
        request_no = self.request_no
        name = self.name
        description = self.description
        notes = self.notes
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        technicians: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.technicians, Unset):
            technicians = []
            for technicians_item_data in self.technicians:
                technicians_item = technicians_item_data.to_dict()
                technicians.append(technicians_item)

        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()
        is_variation = self.is_variation
        linked_variations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_variations, Unset):
            linked_variations = []
            for linked_variations_item_data in self.linked_variations:
                linked_variations_item = linked_variations_item_data.to_dict()
                linked_variations.append(linked_variations_item)

        converted_from_quote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.converted_from_quote, Unset):
            converted_from_quote = self.converted_from_quote.to_dict()
        converted_from: dict[str, Any] | Unset = UNSET
        if not isinstance(self.converted_from, Unset):
            converted_from = self.converted_from.to_dict()
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        auto_adjust_status = self.auto_adjust_status
        is_retention_enabled = self.is_retention_enabled
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        stc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stc, Unset):
            stc = self.stc.to_dict()
        customer_contact: dict[str, Any] | None | Unset
        if isinstance(self.customer_contact, Unset):
            customer_contact = UNSET
        elif isinstance(self.customer_contact, CustomerContactRef):
            customer_contact = self.customer_contact.to_dict()
        else:
            customer_contact = self.customer_contact
        site_contact: dict[str, Any] | None | Unset
        if isinstance(self.site_contact, Unset):
            site_contact = UNSET
        elif isinstance(self.site_contact, CustomerContactRef):
            site_contact = self.site_contact.to_dict()
        else:
            site_contact = self.site_contact
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
        salesperson: dict[str, Any] | None | Unset
        if isinstance(self.salesperson, Unset):
            salesperson = UNSET
        elif isinstance(self.salesperson, AddedByRef):
            salesperson = self.salesperson.to_dict()
        else:
            salesperson = self.salesperson
        project_manager: dict[str, Any] | None | Unset
        if isinstance(self.project_manager, Unset):
            project_manager = UNSET
        elif isinstance(self.project_manager, AddedByRef):
            project_manager = self.project_manager.to_dict()
        else:
            project_manager = self.project_manager
        technician: dict[str, Any] | None | Unset
        if isinstance(self.technician, Unset):
            technician = UNSET
        elif isinstance(self.technician, AddedByRef):
            technician = self.technician.to_dict()
        else:
            technician = self.technician
        response_time: dict[str, Any] | None | Unset
        if isinstance(self.response_time, Unset):
            response_time = UNSET
        elif isinstance(self.response_time, JobResponseTimeRef):
            response_time = self.response_time.to_dict()
        else:
            response_time = self.response_time
        completed_date: None | str | Unset
        if isinstance(self.completed_date, Unset):
            completed_date = UNSET
        elif isinstance(self.completed_date, datetime.date):
            completed_date = self.completed_date.isoformat()
        else:
            completed_date = self.completed_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(customer_contract, Unset):
            field_dict["CustomerContract"] = customer_contract
        if not isinstance(additional_contacts, Unset):
            field_dict["AdditionalContacts"] = additional_contacts
        if not isinstance(site, Unset):
            field_dict["Site"] = site
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
        if not isinstance(tags, Unset):
            field_dict["Tags"] = tags
        if not isinstance(technicians, Unset):
            field_dict["Technicians"] = technicians
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(is_variation, Unset):
            field_dict["IsVariation"] = is_variation
        if not isinstance(linked_variations, Unset):
            field_dict["LinkedVariations"] = linked_variations
        if not isinstance(converted_from_quote, Unset):
            field_dict["ConvertedFromQuote"] = converted_from_quote
        if not isinstance(converted_from, Unset):
            field_dict["ConvertedFrom"] = converted_from
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(auto_adjust_status, Unset):
            field_dict["AutoAdjustStatus"] = auto_adjust_status
        if not isinstance(is_retention_enabled, Unset):
            field_dict["IsRetentionEnabled"] = is_retention_enabled
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(totals, Unset):
            field_dict["Totals"] = totals
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(stc, Unset):
            field_dict["STC"] = stc
        if not isinstance(customer_contact, Unset):
            field_dict["CustomerContact"] = customer_contact
        if not isinstance(site_contact, Unset):
            field_dict["SiteContact"] = site_contact
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date
        if not isinstance(due_time, Unset):
            field_dict["DueTime"] = due_time
        if not isinstance(salesperson, Unset):
            field_dict["Salesperson"] = salesperson
        if not isinstance(project_manager, Unset):
            field_dict["ProjectManager"] = project_manager
        if not isinstance(technician, Unset):
            field_dict["Technician"] = technician
        if not isinstance(response_time, Unset):
            field_dict["ResponseTime"] = response_time
        if not isinstance(completed_date, Unset):
            field_dict["CompletedDate"] = completed_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.contact_ref import ContactRef  # noqa: PLC0415
        from ..models.converted_from_quote import ConvertedFromQuote  # noqa: PLC0415
        from ..models.converted_from_quote_total import ConvertedFromQuoteTotal  # noqa: PLC0415
        from ..models.converted_from_ref import ConvertedFromRef  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.customer_contact_ref import CustomerContactRef  # noqa: PLC0415
        from ..models.customer_contract_ref import CustomerContractRef  # noqa: PLC0415
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.invoice_list_item_job import InvoiceListItemJob  # noqa: PLC0415
        from ..models.job_custom_field_value import JobCustomFieldValue  # noqa: PLC0415
        from ..models.job_response_time_ref import JobResponseTimeRef  # noqa: PLC0415
        from ..models.job_status_ref import JobStatusRef  # noqa: PLC0415
        from ..models.job_stc import JobSTC  # noqa: PLC0415
        from ..models.job_totals import JobTotals  # noqa: PLC0415
        from ..models.site_ref import SiteRef  # noqa: PLC0415
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: JobType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = JobType.parse(_type_)

        _customer = d.pop("Customer", UNSET)
        customer: CustomerRef | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerRef.from_dict(_customer)

        _customer_contract = d.pop("CustomerContract", UNSET)
        customer_contract: CustomerContractRef | Unset
        if isinstance(_customer_contract, Unset):
            customer_contract = UNSET
        else:
            customer_contract = CustomerContractRef.from_dict(_customer_contract)

        _additional_contacts = d.pop("AdditionalContacts", UNSET)
        additional_contacts: list[ContactRef] | Unset = UNSET
        if _additional_contacts is not UNSET:
            additional_contacts = []
            for additional_contacts_item_data in _additional_contacts:
                additional_contacts_item = ContactRef.from_dict(additional_contacts_item_data)

                additional_contacts.append(additional_contacts_item)

        _site = d.pop("Site", UNSET)
        site: SiteRef | Unset
        if isinstance(_site, Unset):
            site = UNSET
        else:
            site = SiteRef.from_dict(_site)

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

        _tags = d.pop("Tags", UNSET)
        tags: list[CostCenterRef] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = CostCenterRef.from_dict(tags_item_data)

                tags.append(tags_item)

        _technicians = d.pop("Technicians", UNSET)
        technicians: list[StaffRef] | Unset = UNSET
        if _technicians is not UNSET:
            technicians = []
            for technicians_item_data in _technicians:
                technicians_item = StaffRef.from_dict(technicians_item_data)

                technicians.append(technicians_item)

        _stage = d.pop("Stage", UNSET)
        stage: JobStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = JobStage.parse(_stage)

        _status = d.pop("Status", UNSET)
        status: JobStatusRef | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobStatusRef.from_dict(_status)

        is_variation = d.pop("IsVariation", UNSET)

        _linked_variations = d.pop("LinkedVariations", UNSET)
        linked_variations: list[InvoiceListItemJob] | Unset = UNSET
        if _linked_variations is not UNSET:
            linked_variations = []
            for linked_variations_item_data in _linked_variations:
                linked_variations_item = InvoiceListItemJob.from_dict(linked_variations_item_data)

                linked_variations.append(linked_variations_item)

        _converted_from_quote = d.pop("ConvertedFromQuote", UNSET)
        converted_from_quote: ConvertedFromQuote | Unset
        if isinstance(_converted_from_quote, Unset):
            converted_from_quote = UNSET
        else:
            converted_from_quote = ConvertedFromQuote.from_dict(_converted_from_quote)

        _converted_from = d.pop("ConvertedFrom", UNSET)
        converted_from: ConvertedFromRef | Unset
        if isinstance(_converted_from, Unset):
            converted_from = UNSET
        else:
            converted_from = ConvertedFromRef.from_dict(_converted_from)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        auto_adjust_status = d.pop("AutoAdjustStatus", UNSET)

        is_retention_enabled = d.pop("IsRetentionEnabled", UNSET)

        _total = d.pop("Total", UNSET)
        total: ConvertedFromQuoteTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = ConvertedFromQuoteTotal.from_dict(_total)

        _totals = d.pop("Totals", UNSET)
        totals: JobTotals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = JobTotals.from_dict(_totals)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[JobCustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = JobCustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _stc = d.pop("STC", UNSET)
        stc: JobSTC | Unset
        if isinstance(_stc, Unset):
            stc = UNSET
        else:
            stc = JobSTC.from_dict(_stc)

        def _parse_customer_contact(data: object) -> CustomerContactRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[CustomerContactRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_contact_type_1 = CustomerContactRef.from_dict(data)

                if is_complete(customer_contact_type_1):
                    return customer_contact_type_1
                partial_fits.append(customer_contact_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(CustomerContactRef | None | Unset, data)

        customer_contact = _parse_customer_contact(d.pop("CustomerContact", UNSET))

        def _parse_site_contact(data: object) -> CustomerContactRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[CustomerContactRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                site_contact_type_1 = CustomerContactRef.from_dict(data)

                if is_complete(site_contact_type_1):
                    return site_contact_type_1
                partial_fits.append(site_contact_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(CustomerContactRef | None | Unset, data)

        site_contact = _parse_site_contact(d.pop("SiteContact", UNSET))

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

        def _parse_salesperson(data: object) -> AddedByRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AddedByRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                salesperson_type_1 = AddedByRef.from_dict(data)

                if is_complete(salesperson_type_1):
                    return salesperson_type_1
                partial_fits.append(salesperson_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AddedByRef | None | Unset, data)

        salesperson = _parse_salesperson(d.pop("Salesperson", UNSET))

        def _parse_project_manager(data: object) -> AddedByRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AddedByRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_manager_type_1 = AddedByRef.from_dict(data)

                if is_complete(project_manager_type_1):
                    return project_manager_type_1
                partial_fits.append(project_manager_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AddedByRef | None | Unset, data)

        project_manager = _parse_project_manager(d.pop("ProjectManager", UNSET))

        def _parse_technician(data: object) -> AddedByRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AddedByRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                technician_type_1 = AddedByRef.from_dict(data)

                if is_complete(technician_type_1):
                    return technician_type_1
                partial_fits.append(technician_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AddedByRef | None | Unset, data)

        technician = _parse_technician(d.pop("Technician", UNSET))

        def _parse_response_time(data: object) -> JobResponseTimeRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[JobResponseTimeRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_time_type_1 = JobResponseTimeRef.from_dict(data)

                if is_complete(response_time_type_1):
                    return response_time_type_1
                partial_fits.append(response_time_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(JobResponseTimeRef | None | Unset, data)

        response_time = _parse_response_time(d.pop("ResponseTime", UNSET))

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
            id=_unchecked(id),
            type_=_unchecked(type_),
            customer=_unchecked(customer),
            customer_contract=_unchecked(customer_contract),
            additional_contacts=_unchecked(additional_contacts),
            site=_unchecked(site),
            order_no=_unchecked(order_no),
            request_no=_unchecked(request_no),
            name=_unchecked(name),
            description=_unchecked(description),
            notes=_unchecked(notes),
            date_issued=_unchecked(date_issued),
            tags=_unchecked(tags),
            technicians=_unchecked(technicians),
            stage=_unchecked(stage),
            status=_unchecked(status),
            is_variation=_unchecked(is_variation),
            linked_variations=_unchecked(linked_variations),
            converted_from_quote=_unchecked(converted_from_quote),
            converted_from=_unchecked(converted_from),
            date_modified=_unchecked(date_modified),
            auto_adjust_status=_unchecked(auto_adjust_status),
            is_retention_enabled=_unchecked(is_retention_enabled),
            total=_unchecked(total),
            totals=_unchecked(totals),
            custom_fields=_unchecked(custom_fields),
            stc=_unchecked(stc),
            customer_contact=customer_contact,
            site_contact=site_contact,
            due_date=due_date,
            due_time=due_time,
            salesperson=salesperson,
            project_manager=project_manager,
            technician=technician,
            response_time=response_time,
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
