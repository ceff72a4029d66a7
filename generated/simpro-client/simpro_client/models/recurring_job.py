from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recurring_invoice_recurring_frequency import RecurringInvoiceRecurringFrequency
from ..models.recurring_job_type import RecurringJobType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.added_by_ref import AddedByRef
    from ..models.contact_ref import ContactRef
    from ..models.converted_from_quote_total import ConvertedFromQuoteTotal
    from ..models.cost_center_ref import CostCenterRef
    from ..models.customer_contact_ref import CustomerContactRef
    from ..models.customer_ref import CustomerRef
    from ..models.fit_time_ref import FitTimeRef
    from ..models.job_custom_field_value import JobCustomFieldValue
    from ..models.pricing_tier_ref import PricingTierRef
    from ..models.recurring_invoice_labour_tax_code_ref import RecurringInvoiceLabourTaxCodeRef
    from ..models.recurring_job_totals import RecurringJobTotals
    from ..models.site_ref import SiteRef
    from ..models.technician_ref import TechnicianRef


T = TypeVar("T", bound="RecurringJob")


@_attrs_define
class RecurringJob:
    """
    Attributes:
        id (int): Recurring Job ID
        type_ (RecurringJobType):
        customer (CustomerRef):
        site (SiteRef):
        additional_contacts (list[ContactRef]):
        name (str):
        order_no (str):
        description (str): This column supports HTML formatting.
        notes (str): This column supports HTML formatting.
        tags (list[CostCenterRef]):
        recurring_start_date (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        recurring_quantity (int):
        recurring_frequency (RecurringInvoiceRecurringFrequency):
        technicians (list[TechnicianRef]):
        pricing_tier (PricingTierRef):
        labor_overhead (float): Labor overhead of the recurring job, set to null to use system default value.
        labor_type (CostCenterRef):
        total (ConvertedFromQuoteTotal):
        totals (RecurringJobTotals):
        custom_fields (list[JobCustomFieldValue]): Custom fields for recurring job. See the custom fields handler for
            more information.
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        customer_contact (CustomerContactRef | None | Unset):
        site_contact (CustomerContactRef | None | Unset):
        next_recurring_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be
            filtered by Field=null or Field=ne(null)
        salesperson (AddedByRef | None | Unset):
        project_manager (AddedByRef | None | Unset):
        labor_fit_time (FitTimeRef | None | Unset): ID of a fit time, set to null to use system default value.
        labour_tax_code (None | RecurringInvoiceLabourTaxCodeRef | Unset): Set to null to use the default labour tax
            code, or set one specific to this customer. See Setup -> Tax Codes
        material_markup (float | None | Unset): Lookup pricing tier mark up when value is set to null.
    """

    id: int
    type_: RecurringJobType
    customer: CustomerRef
    site: SiteRef
    additional_contacts: list[ContactRef]
    name: str
    order_no: str
    description: str
    notes: str
    tags: list[CostCenterRef]
    recurring_start_date: datetime.date
    recurring_quantity: int
    recurring_frequency: RecurringInvoiceRecurringFrequency
    technicians: list[TechnicianRef]
    pricing_tier: PricingTierRef
    labor_overhead: float
    labor_type: CostCenterRef
    total: ConvertedFromQuoteTotal
    totals: RecurringJobTotals
    custom_fields: list[JobCustomFieldValue]
    date_modified: datetime.datetime
    customer_contact: CustomerContactRef | None | Unset = UNSET
    site_contact: CustomerContactRef | None | Unset = UNSET
    next_recurring_date: datetime.date | None | Unset = UNSET
    salesperson: AddedByRef | None | Unset = UNSET
    project_manager: AddedByRef | None | Unset = UNSET
    labor_fit_time: FitTimeRef | None | Unset = UNSET
    labour_tax_code: None | RecurringInvoiceLabourTaxCodeRef | Unset = UNSET
    material_markup: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.customer_contact_ref import CustomerContactRef  # noqa: PLC0415
        from ..models.fit_time_ref import FitTimeRef  # noqa: PLC0415
        from ..models.recurring_invoice_labour_tax_code_ref import RecurringInvoiceLabourTaxCodeRef  # noqa: PLC0415

        id = self.id
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()
        site: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.to_dict()
        additional_contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_contacts, Unset):
            additional_contacts = []
            for additional_contacts_item_data in self.additional_contacts:
                additional_contacts_item = additional_contacts_item_data.to_dict()
                additional_contacts.append(additional_contacts_item)

        name = self.name
        order_no = self.order_no
        description = self.description
        notes = self.notes
        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        recurring_start_date: str | Unset = UNSET
        if not isinstance(self.recurring_start_date, Unset):
            recurring_start_date = self.recurring_start_date.isoformat()
        recurring_quantity = self.recurring_quantity
        recurring_frequency: str | Unset = UNSET
        if not isinstance(self.recurring_frequency, Unset):
            recurring_frequency = self.recurring_frequency.value

        technicians: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.technicians, Unset):
            technicians = []
            for technicians_item_data in self.technicians:
                technicians_item = technicians_item_data.to_dict()
                technicians.append(technicians_item)

        pricing_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_tier, Unset):
            pricing_tier = self.pricing_tier.to_dict()
        labor_overhead = self.labor_overhead
        labor_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labor_type, Unset):
            labor_type = self.labor_type.to_dict()
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

        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
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
        next_recurring_date: None | str | Unset
        if isinstance(self.next_recurring_date, Unset):
            next_recurring_date = UNSET
        elif isinstance(self.next_recurring_date, datetime.date):
            next_recurring_date = self.next_recurring_date.isoformat()
        else:
            next_recurring_date = self.next_recurring_date
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
        labor_fit_time: dict[str, Any] | None | Unset
        if isinstance(self.labor_fit_time, Unset):
            labor_fit_time = UNSET
        elif isinstance(self.labor_fit_time, FitTimeRef):
            labor_fit_time = self.labor_fit_time.to_dict()
        else:
            labor_fit_time = self.labor_fit_time
        labour_tax_code: dict[str, Any] | None | Unset
        if isinstance(self.labour_tax_code, Unset):
            labour_tax_code = UNSET
        elif isinstance(self.labour_tax_code, RecurringInvoiceLabourTaxCodeRef):
            labour_tax_code = self.labour_tax_code.to_dict()
        else:
            labour_tax_code = self.labour_tax_code
        material_markup: float | None | Unset
        if isinstance(self.material_markup, Unset):
            material_markup = UNSET
        else:
            material_markup = self.material_markup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(site, Unset):
            field_dict["Site"] = site
        if not isinstance(additional_contacts, Unset):
            field_dict["AdditionalContacts"] = additional_contacts
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(order_no, Unset):
            field_dict["OrderNo"] = order_no
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(tags, Unset):
            field_dict["Tags"] = tags
        if not isinstance(recurring_start_date, Unset):
            field_dict["RecurringStartDate"] = recurring_start_date
        if not isinstance(recurring_quantity, Unset):
            field_dict["RecurringQuantity"] = recurring_quantity
        if not isinstance(recurring_frequency, Unset):
            field_dict["RecurringFrequency"] = recurring_frequency
        if not isinstance(technicians, Unset):
            field_dict["Technicians"] = technicians
        if not isinstance(pricing_tier, Unset):
            field_dict["PricingTier"] = pricing_tier
        if not isinstance(labor_overhead, Unset):
            field_dict["LaborOverhead"] = labor_overhead
        if not isinstance(labor_type, Unset):
            field_dict["LaborType"] = labor_type
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(totals, Unset):
            field_dict["Totals"] = totals
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(customer_contact, Unset):
            field_dict["CustomerContact"] = customer_contact
        if not isinstance(site_contact, Unset):
            field_dict["SiteContact"] = site_contact
        if not isinstance(next_recurring_date, Unset):
            field_dict["NextRecurringDate"] = next_recurring_date
        if not isinstance(salesperson, Unset):
            field_dict["Salesperson"] = salesperson
        if not isinstance(project_manager, Unset):
            field_dict["ProjectManager"] = project_manager
        if not isinstance(labor_fit_time, Unset):
            field_dict["LaborFitTime"] = labor_fit_time
        if not isinstance(labour_tax_code, Unset):
            field_dict["LabourTaxCode"] = labour_tax_code
        if not isinstance(material_markup, Unset):
            field_dict["MaterialMarkup"] = material_markup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.contact_ref import ContactRef  # noqa: PLC0415
        from ..models.converted_from_quote_total import ConvertedFromQuoteTotal  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.customer_contact_ref import CustomerContactRef  # noqa: PLC0415
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.fit_time_ref import FitTimeRef  # noqa: PLC0415
        from ..models.job_custom_field_value import JobCustomFieldValue  # noqa: PLC0415
        from ..models.pricing_tier_ref import PricingTierRef  # noqa: PLC0415
        from ..models.recurring_invoice_labour_tax_code_ref import RecurringInvoiceLabourTaxCodeRef  # noqa: PLC0415
        from ..models.recurring_job_totals import RecurringJobTotals  # noqa: PLC0415
        from ..models.site_ref import SiteRef  # noqa: PLC0415
        from ..models.technician_ref import TechnicianRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: RecurringJobType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = RecurringJobType.parse(_type_)

        _customer = d.pop("Customer", UNSET)
        customer: CustomerRef | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerRef.from_dict(_customer)

        _site = d.pop("Site", UNSET)
        site: SiteRef | Unset
        if isinstance(_site, Unset):
            site = UNSET
        else:
            site = SiteRef.from_dict(_site)

        _additional_contacts = d.pop("AdditionalContacts", UNSET)
        additional_contacts: list[ContactRef] | Unset = UNSET
        if _additional_contacts is not UNSET:
            additional_contacts = []
            for additional_contacts_item_data in _additional_contacts:
                additional_contacts_item = ContactRef.from_dict(additional_contacts_item_data)

                additional_contacts.append(additional_contacts_item)

        name = d.pop("Name", UNSET)

        order_no = d.pop("OrderNo", UNSET)

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

        _tags = d.pop("Tags", UNSET)
        tags: list[CostCenterRef] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = CostCenterRef.from_dict(tags_item_data)

                tags.append(tags_item)

        _recurring_start_date = d.pop("RecurringStartDate", UNSET)
        recurring_start_date: datetime.date | Unset
        if isinstance(_recurring_start_date, Unset):
            recurring_start_date = UNSET
        else:
            recurring_start_date = datetime.date.fromisoformat(_recurring_start_date)

        recurring_quantity = d.pop("RecurringQuantity", UNSET)

        _recurring_frequency = d.pop("RecurringFrequency", UNSET)
        recurring_frequency: RecurringInvoiceRecurringFrequency | Unset
        if isinstance(_recurring_frequency, Unset):
            recurring_frequency = UNSET
        else:
            recurring_frequency = RecurringInvoiceRecurringFrequency.parse(_recurring_frequency)

        _technicians = d.pop("Technicians", UNSET)
        technicians: list[TechnicianRef] | Unset = UNSET
        if _technicians is not UNSET:
            technicians = []
            for technicians_item_data in _technicians:
                technicians_item = TechnicianRef.from_dict(technicians_item_data)

                technicians.append(technicians_item)

        _pricing_tier = d.pop("PricingTier", UNSET)
        pricing_tier: PricingTierRef | Unset
        if isinstance(_pricing_tier, Unset):
            pricing_tier = UNSET
        else:
            pricing_tier = PricingTierRef.from_dict(_pricing_tier)

        labor_overhead = d.pop("LaborOverhead", UNSET)

        _labor_type = d.pop("LaborType", UNSET)
        labor_type: CostCenterRef | Unset
        if isinstance(_labor_type, Unset):
            labor_type = UNSET
        else:
            labor_type = CostCenterRef.from_dict(_labor_type)

        _total = d.pop("Total", UNSET)
        total: ConvertedFromQuoteTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = ConvertedFromQuoteTotal.from_dict(_total)

        _totals = d.pop("Totals", UNSET)
        totals: RecurringJobTotals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = RecurringJobTotals.from_dict(_totals)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[JobCustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = JobCustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

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

        def _parse_next_recurring_date(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_recurring_date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(next_recurring_date_type_0):
                    return next_recurring_date_type_0
                partial_fits.append(next_recurring_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        next_recurring_date = _parse_next_recurring_date(d.pop("NextRecurringDate", UNSET))

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

        def _parse_labor_fit_time(data: object) -> FitTimeRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FitTimeRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labor_fit_time_type_1 = FitTimeRef.from_dict(data)

                if is_complete(labor_fit_time_type_1):
                    return labor_fit_time_type_1
                partial_fits.append(labor_fit_time_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FitTimeRef | None | Unset, data)

        labor_fit_time = _parse_labor_fit_time(d.pop("LaborFitTime", UNSET))

        def _parse_labour_tax_code(data: object) -> None | RecurringInvoiceLabourTaxCodeRef | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | RecurringInvoiceLabourTaxCodeRef | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labour_tax_code_type_1 = RecurringInvoiceLabourTaxCodeRef.from_dict(data)

                if is_complete(labour_tax_code_type_1):
                    return labour_tax_code_type_1
                partial_fits.append(labour_tax_code_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(None | RecurringInvoiceLabourTaxCodeRef | Unset, data)

        labour_tax_code = _parse_labour_tax_code(d.pop("LabourTaxCode", UNSET))

        def _parse_material_markup(data: object) -> float | None | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[float | None | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(float | None | Unset, data)

        material_markup = _parse_material_markup(d.pop("MaterialMarkup", UNSET))

        _instance = cls(
            id=_unchecked(id),
            type_=_unchecked(type_),
            customer=_unchecked(customer),
            site=_unchecked(site),
            additional_contacts=_unchecked(additional_contacts),
            name=_unchecked(name),
            order_no=_unchecked(order_no),
            description=_unchecked(description),
            notes=_unchecked(notes),
            tags=_unchecked(tags),
            recurring_start_date=_unchecked(recurring_start_date),
            recurring_quantity=_unchecked(recurring_quantity),
            recurring_frequency=_unchecked(recurring_frequency),
            technicians=_unchecked(technicians),
            pricing_tier=_unchecked(pricing_tier),
            labor_overhead=_unchecked(labor_overhead),
            labor_type=_unchecked(labor_type),
            total=_unchecked(total),
            totals=_unchecked(totals),
            custom_fields=_unchecked(custom_fields),
            date_modified=_unchecked(date_modified),
            customer_contact=customer_contact,
            site_contact=site_contact,
            next_recurring_date=next_recurring_date,
            salesperson=salesperson,
            project_manager=project_manager,
            labor_fit_time=labor_fit_time,
            labour_tax_code=labour_tax_code,
            material_markup=material_markup,
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
