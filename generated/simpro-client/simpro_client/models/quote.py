from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_type import JobType
from ..models.quote_customer_stage import QuoteCustomerStage
from ..models.quote_stage import QuoteStage
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.added_by_ref import AddedByRef
    from ..models.archive_reason_ref import ArchiveReasonRef
    from ..models.contact_ref import ContactRef
    from ..models.converted_from_lead_ref import ConvertedFromLeadRef
    from ..models.converted_from_quote_total import ConvertedFromQuoteTotal
    from ..models.cost_center_ref import CostCenterRef
    from ..models.customer_contact_ref import CustomerContactRef
    from ..models.customer_ref import CustomerRef
    from ..models.forecast import Forecast
    from ..models.job_custom_field_value import JobCustomFieldValue
    from ..models.job_status_ref import JobStatusRef
    from ..models.quote_stc import QuoteSTC
    from ..models.quote_totals import QuoteTotals
    from ..models.site_ref import SiteRef
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="Quote")


@_attrs_define
class Quote:
    """
    Attributes:
        id (int):
        customer (CustomerRef):
        additional_customers (list[CustomerRef]):
        additional_contacts (list[ContactRef]):
        site (SiteRef):
        converted_from_lead (ConvertedFromLeadRef):
        description (str): This column supports HTML formatting.
        notes (str): This column supports HTML formatting.
        type_ (JobType):
        technicians (list[StaffRef]):
        date_issued (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null
            or Field=ne(null)
        date_approved (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        validity_days (int):
        order_no (str):
        request_no (str): This column refers to job name and it is deprecated.
        name (str):
        is_closed (bool):
        stage (QuoteStage):
        is_variation (bool):
        forecast (Forecast):
        total (ConvertedFromQuoteTotal):
        totals (QuoteTotals):
        status (JobStatusRef):
        tags (list[CostCenterRef]):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        auto_adjust_status (bool): Set this to false if you would like to set status manually.
        custom_fields (list[JobCustomFieldValue]): All of the custom fields for this quote. See the custom fields
            handler for more information.
        stc (QuoteSTC):
        customer_contact (CustomerContactRef | None | Unset):
        site_contact (CustomerContactRef | None | Unset):
        salesperson (AddedByRef | None | Unset):
        project_manager (AddedByRef | None | Unset):
        technician (AddedByRef | None | Unset): Deprecated: Revised field is technicians, please use Revised field
        due_date (datetime.date | None | Unset): This field becomes mandatory when Mandatory Due Date setting for quotes
            is turned on in system setup defaults.
        archive_reason (ArchiveReasonRef | None | Unset):
        customer_stage (None | QuoteCustomerStage | Unset):
        job_no (None | str | Unset):
        linked_job_id (int | None | Unset):
    """

    id: int
    customer: CustomerRef
    additional_customers: list[CustomerRef]
    additional_contacts: list[ContactRef]
    site: SiteRef
    converted_from_lead: ConvertedFromLeadRef
    description: str
    notes: str
    type_: JobType
    technicians: list[StaffRef]
    date_issued: datetime.date
    date_approved: datetime.date
    validity_days: int
    order_no: str
    request_no: str
    name: str
    is_closed: bool
    stage: QuoteStage
    is_variation: bool
    forecast: Forecast
    total: ConvertedFromQuoteTotal
    totals: QuoteTotals
    status: JobStatusRef
    tags: list[CostCenterRef]
    date_modified: datetime.datetime
    auto_adjust_status: bool
    custom_fields: list[JobCustomFieldValue]
    stc: QuoteSTC
    customer_contact: CustomerContactRef | None | Unset = UNSET
    site_contact: CustomerContactRef | None | Unset = UNSET
    salesperson: AddedByRef | None | Unset = UNSET
    project_manager: AddedByRef | None | Unset = UNSET
    technician: AddedByRef | None | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    archive_reason: ArchiveReasonRef | None | Unset = UNSET
    customer_stage: None | QuoteCustomerStage | Unset = UNSET
    job_no: None | str | Unset = UNSET
    linked_job_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.archive_reason_ref import ArchiveReasonRef  # noqa: PLC0415
        from ..models.customer_contact_ref import CustomerContactRef  # noqa: PLC0415

        id = self.id
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()
        additional_customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_customers, Unset):
            additional_customers = []
            for additional_customers_item_data in self.additional_customers:
                additional_customers_item = additional_customers_item_data.to_dict()
                additional_customers.append(additional_customers_item)

        additional_contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_contacts, Unset):
            additional_contacts = []
            for additional_contacts_item_data in self.additional_contacts:
                additional_contacts_item = additional_contacts_item_data.to_dict()
                additional_contacts.append(additional_contacts_item)

        site: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.to_dict()
        converted_from_lead: dict[str, Any] | Unset = UNSET
        if not isinstance(self.converted_from_lead, Unset):
            converted_from_lead = self.converted_from_lead.to_dict()
        description = self.description
        notes = self.notes
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        technicians: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.technicians, Unset):
            technicians = []
            for technicians_item_data in self.technicians:
                technicians_item = technicians_item_data.to_dict()
                technicians.append(technicians_item)

        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        date_approved: str | Unset = UNSET
        if not isinstance(self.date_approved, Unset):
            date_approved = self.date_approved.isoformat()
        validity_days = self.validity_days
        order_no = self.order_no
        request_no = self.request_no
        name = self.name
        is_closed = self.is_closed
        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        is_variation = self.is_variation
        forecast: dict[str, Any] | Unset = UNSET
        if not isinstance(self.forecast, Unset):
            forecast = self.forecast.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()
        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()
        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        auto_adjust_status = self.auto_adjust_status
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
        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date
        archive_reason: dict[str, Any] | None | Unset
        if isinstance(self.archive_reason, Unset):
            archive_reason = UNSET
        elif isinstance(self.archive_reason, ArchiveReasonRef):
            archive_reason = self.archive_reason.to_dict()
        else:
            archive_reason = self.archive_reason
        customer_stage: None | str | Unset
        if isinstance(self.customer_stage, Unset):
            customer_stage = UNSET
        elif isinstance(self.customer_stage, QuoteCustomerStage):
            customer_stage = self.customer_stage.value
        else:
            customer_stage = self.customer_stage
        job_no: None | str | Unset
        if isinstance(self.job_no, Unset):
            job_no = UNSET
        else:
            job_no = self.job_no
        linked_job_id: int | None | Unset
        if isinstance(self.linked_job_id, Unset):
            linked_job_id = UNSET
        else:
            linked_job_id = self.linked_job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(additional_customers, Unset):
            field_dict["AdditionalCustomers"] = additional_customers
        if not isinstance(additional_contacts, Unset):
            field_dict["AdditionalContacts"] = additional_contacts
        if not isinstance(site, Unset):
            field_dict["Site"] = site
        if not isinstance(converted_from_lead, Unset):
            field_dict["ConvertedFromLead"] = converted_from_lead
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(technicians, Unset):
            field_dict["Technicians"] = technicians
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(date_approved, Unset):
            field_dict["DateApproved"] = date_approved
        if not isinstance(validity_days, Unset):
            field_dict["ValidityDays"] = validity_days
        if not isinstance(order_no, Unset):
            field_dict["OrderNo"] = order_no
        if not isinstance(request_no, Unset):
            field_dict["RequestNo"] = request_no
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(is_closed, Unset):
            field_dict["IsClosed"] = is_closed
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(is_variation, Unset):
            field_dict["IsVariation"] = is_variation
        if not isinstance(forecast, Unset):
            field_dict["Forecast"] = forecast
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(totals, Unset):
            field_dict["Totals"] = totals
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(tags, Unset):
            field_dict["Tags"] = tags
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(auto_adjust_status, Unset):
            field_dict["AutoAdjustStatus"] = auto_adjust_status
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(stc, Unset):
            field_dict["STC"] = stc
        if not isinstance(customer_contact, Unset):
            field_dict["CustomerContact"] = customer_contact
        if not isinstance(site_contact, Unset):
            field_dict["SiteContact"] = site_contact
        if not isinstance(salesperson, Unset):
            field_dict["Salesperson"] = salesperson
        if not isinstance(project_manager, Unset):
            field_dict["ProjectManager"] = project_manager
        if not isinstance(technician, Unset):
            field_dict["Technician"] = technician
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date
        if not isinstance(archive_reason, Unset):
            field_dict["ArchiveReason"] = archive_reason
        if not isinstance(customer_stage, Unset):
            field_dict["CustomerStage"] = customer_stage
        if not isinstance(job_no, Unset):
            field_dict["JobNo"] = job_no
        if not isinstance(linked_job_id, Unset):
            field_dict["LinkedJobID"] = linked_job_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.archive_reason_ref import ArchiveReasonRef  # noqa: PLC0415
        from ..models.contact_ref import ContactRef  # noqa: PLC0415
        from ..models.converted_from_lead_ref import ConvertedFromLeadRef  # noqa: PLC0415
        from ..models.converted_from_quote_total import ConvertedFromQuoteTotal  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.customer_contact_ref import CustomerContactRef  # noqa: PLC0415
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.forecast import Forecast  # noqa: PLC0415
        from ..models.job_custom_field_value import JobCustomFieldValue  # noqa: PLC0415
        from ..models.job_status_ref import JobStatusRef  # noqa: PLC0415
        from ..models.quote_stc import QuoteSTC  # noqa: PLC0415
        from ..models.quote_totals import QuoteTotals  # noqa: PLC0415
        from ..models.site_ref import SiteRef  # noqa: PLC0415
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _customer = d.pop("Customer", UNSET)
        customer: CustomerRef | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerRef.from_dict(_customer)

        _additional_customers = d.pop("AdditionalCustomers", UNSET)
        additional_customers: list[CustomerRef] | Unset = UNSET
        if _additional_customers is not UNSET:
            additional_customers = []
            for additional_customers_item_data in _additional_customers:
                additional_customers_item = CustomerRef.from_dict(additional_customers_item_data)

                additional_customers.append(additional_customers_item)

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

        _converted_from_lead = d.pop("ConvertedFromLead", UNSET)
        converted_from_lead: ConvertedFromLeadRef | Unset
        if isinstance(_converted_from_lead, Unset):
            converted_from_lead = UNSET
        else:
            converted_from_lead = ConvertedFromLeadRef.from_dict(_converted_from_lead)

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: JobType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = JobType.parse(_type_)

        _technicians = d.pop("Technicians", UNSET)
        technicians: list[StaffRef] | Unset = UNSET
        if _technicians is not UNSET:
            technicians = []
            for technicians_item_data in _technicians:
                technicians_item = StaffRef.from_dict(technicians_item_data)

                technicians.append(technicians_item)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        _date_approved = d.pop("DateApproved", UNSET)
        date_approved: datetime.date | Unset
        if isinstance(_date_approved, Unset):
            date_approved = UNSET
        else:
            date_approved = datetime.date.fromisoformat(_date_approved)

        validity_days = d.pop("ValidityDays", UNSET)

        order_no = d.pop("OrderNo", UNSET)

        request_no = d.pop("RequestNo", UNSET)

        name = d.pop("Name", UNSET)

        is_closed = d.pop("IsClosed", UNSET)

        _stage = d.pop("Stage", UNSET)
        stage: QuoteStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = QuoteStage.parse(_stage)

        is_variation = d.pop("IsVariation", UNSET)

        _forecast = d.pop("Forecast", UNSET)
        forecast: Forecast | Unset
        if isinstance(_forecast, Unset):
            forecast = UNSET
        else:
            forecast = Forecast.from_dict(_forecast)

        _total = d.pop("Total", UNSET)
        total: ConvertedFromQuoteTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = ConvertedFromQuoteTotal.from_dict(_total)

        _totals = d.pop("Totals", UNSET)
        totals: QuoteTotals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = QuoteTotals.from_dict(_totals)

        _status = d.pop("Status", UNSET)
        status: JobStatusRef | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobStatusRef.from_dict(_status)

        _tags = d.pop("Tags", UNSET)
        tags: list[CostCenterRef] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = CostCenterRef.from_dict(tags_item_data)

                tags.append(tags_item)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        auto_adjust_status = d.pop("AutoAdjustStatus", UNSET)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[JobCustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = JobCustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _stc = d.pop("STC", UNSET)
        stc: QuoteSTC | Unset
        if isinstance(_stc, Unset):
            stc = UNSET
        else:
            stc = QuoteSTC.from_dict(_stc)

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

        def _parse_archive_reason(data: object) -> ArchiveReasonRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[ArchiveReasonRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                archive_reason_type_1 = ArchiveReasonRef.from_dict(data)

                if is_complete(archive_reason_type_1):
                    return archive_reason_type_1
                partial_fits.append(archive_reason_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(ArchiveReasonRef | None | Unset, data)

        archive_reason = _parse_archive_reason(d.pop("ArchiveReason", UNSET))

        def _parse_customer_stage(data: object) -> None | QuoteCustomerStage | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | QuoteCustomerStage | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_stage_type_1 = QuoteCustomerStage.parse(data)

                if is_complete(customer_stage_type_1):
                    return customer_stage_type_1
                partial_fits.append(customer_stage_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(None | QuoteCustomerStage | Unset, data)

        customer_stage = _parse_customer_stage(d.pop("CustomerStage", UNSET))

        def _parse_job_no(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        job_no = _parse_job_no(d.pop("JobNo", UNSET))

        def _parse_linked_job_id(data: object) -> int | None | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[int | None | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(int | None | Unset, data)

        linked_job_id = _parse_linked_job_id(d.pop("LinkedJobID", UNSET))

        _instance = cls(
            id=_unchecked(id),
            customer=_unchecked(customer),
            additional_customers=_unchecked(additional_customers),
            additional_contacts=_unchecked(additional_contacts),
            site=_unchecked(site),
            converted_from_lead=_unchecked(converted_from_lead),
            description=_unchecked(description),
            notes=_unchecked(notes),
            type_=_unchecked(type_),
            technicians=_unchecked(technicians),
            date_issued=_unchecked(date_issued),
            date_approved=_unchecked(date_approved),
            validity_days=_unchecked(validity_days),
            order_no=_unchecked(order_no),
            request_no=_unchecked(request_no),
            name=_unchecked(name),
            is_closed=_unchecked(is_closed),
            stage=_unchecked(stage),
            is_variation=_unchecked(is_variation),
            forecast=_unchecked(forecast),
            total=_unchecked(total),
            totals=_unchecked(totals),
            status=_unchecked(status),
            tags=_unchecked(tags),
            date_modified=_unchecked(date_modified),
            auto_adjust_status=_unchecked(auto_adjust_status),
            custom_fields=_unchecked(custom_fields),
            stc=_unchecked(stc),
            customer_contact=customer_contact,
            site_contact=site_contact,
            salesperson=salesperson,
            project_manager=project_manager,
            technician=technician,
            due_date=due_date,
            archive_reason=archive_reason,
            customer_stage=customer_stage,
            job_no=job_no,
            linked_job_id=linked_job_id,
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
