from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_type import JobType
from ..models.recurring_invoice_invoice_date_period import RecurringInvoiceInvoiceDatePeriod
from ..models.recurring_invoice_recurring_frequency import RecurringInvoiceRecurringFrequency
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.recurring_invoice_create_payment_terms import RecurringInvoiceCreatePaymentTerms


T = TypeVar("T", bound="RecurringInvoiceCreate")


@_attrs_define
class RecurringInvoiceCreate:
    """
    Attributes:
        type_ (JobType):
        site (int): ID of a site
        customer (int | Unset): ID of a customer
        customer_contract (int | Unset): ID of a customer contract search
        customer_contact (int | Unset): ID of a contact
        additional_contacts (list[int] | Unset):
        site_contact (int | Unset): ID of a contact
        name (str | Unset):
        order_no (str | Unset):
        description (str | Unset): This column supports HTML formatting.
        notes (str | Unset): This column supports HTML formatting.
        recurring_start_date (datetime.date | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be
            filtered by Field=null or Field=ne(null)
        recurring_quantity (int | Unset):
        invoice_date_period (RecurringInvoiceInvoiceDatePeriod | Unset):
        recurring_frequency (RecurringInvoiceRecurringFrequency | Unset):
        tags (list[int] | Unset):
        payment_term_id (int | Unset): ID of a Payment Term<br />This param is recommended for setting up the invoice
            payment term
        payment_terms (RecurringInvoiceCreatePaymentTerms | Unset):
        salesperson (int | Unset): ID of a staff
        project_manager (int | Unset): ID of a staff
        technicians (list[int] | Unset):
        pricing_tier (int | Unset): ID of a pricing tier
        labor_overhead (float | Unset): Labor overhead of the recurring invoice, set to null to use system default
            value.
        labor_fit_time (int | Unset): ID of a fit time
        item_tax_code (int | Unset): ID of a tax code
        labour_tax_code (int | Unset): ID of a tax code
        material_markup (float | None | Unset): Lookup pricing tier mark up when value is set to null.
        inflation_rate (float | Unset):
        inflation_anniversary_date (datetime.datetime | Unset): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00.
            See https://tools.ietf.org/html/rfc3339#section-5.6
    """

    type_: JobType
    site: int
    customer: int | Unset = UNSET
    customer_contract: int | Unset = UNSET
    customer_contact: int | Unset = UNSET
    additional_contacts: list[int] | Unset = UNSET
    site_contact: int | Unset = UNSET
    name: str | Unset = UNSET
    order_no: str | Unset = UNSET
    description: str | Unset = UNSET
    notes: str | Unset = UNSET
    recurring_start_date: datetime.date | Unset = UNSET
    recurring_quantity: int | Unset = UNSET
    invoice_date_period: RecurringInvoiceInvoiceDatePeriod | Unset = UNSET
    recurring_frequency: RecurringInvoiceRecurringFrequency | Unset = UNSET
    tags: list[int] | Unset = UNSET
    payment_term_id: int | Unset = UNSET
    payment_terms: RecurringInvoiceCreatePaymentTerms | Unset = UNSET
    salesperson: int | Unset = UNSET
    project_manager: int | Unset = UNSET
    technicians: list[int] | Unset = UNSET
    pricing_tier: int | Unset = UNSET
    labor_overhead: float | Unset = UNSET
    labor_fit_time: int | Unset = UNSET
    item_tax_code: int | Unset = UNSET
    labour_tax_code: int | Unset = UNSET
    material_markup: float | None | Unset = UNSET
    inflation_rate: float | Unset = UNSET
    inflation_anniversary_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        site = self.site
        customer = self.customer
        customer_contract = self.customer_contract
        customer_contact = self.customer_contact
        additional_contacts: list[int] | Unset = UNSET
        if not isinstance(self.additional_contacts, Unset):
            additional_contacts = self.additional_contacts

        site_contact = self.site_contact
        name = self.name
        order_no = self.order_no
        description = self.description
        notes = self.notes
        recurring_start_date: str | Unset = UNSET
        if not isinstance(self.recurring_start_date, Unset):
            recurring_start_date = self.recurring_start_date.isoformat()
        recurring_quantity = self.recurring_quantity
        invoice_date_period: str | Unset = UNSET
        if not isinstance(self.invoice_date_period, Unset):
            invoice_date_period = self.invoice_date_period.value

        recurring_frequency: str | Unset = UNSET
        if not isinstance(self.recurring_frequency, Unset):
            recurring_frequency = self.recurring_frequency.value

        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        payment_term_id = self.payment_term_id
        payment_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_terms, Unset):
            payment_terms = self.payment_terms.to_dict()
        salesperson = self.salesperson
        project_manager = self.project_manager
        technicians: list[int] | Unset = UNSET
        if not isinstance(self.technicians, Unset):
            technicians = self.technicians

        pricing_tier = self.pricing_tier
        labor_overhead = self.labor_overhead
        labor_fit_time = self.labor_fit_time
        item_tax_code = self.item_tax_code
        labour_tax_code = self.labour_tax_code
        material_markup: float | None | Unset
        if isinstance(self.material_markup, Unset):
            material_markup = UNSET
        else:
            material_markup = self.material_markup
        inflation_rate = self.inflation_rate
        inflation_anniversary_date: str | Unset = UNSET
        if not isinstance(self.inflation_anniversary_date, Unset):
            inflation_anniversary_date = self.inflation_anniversary_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(site, Unset):
            field_dict["Site"] = site
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(customer_contract, Unset):
            field_dict["CustomerContract"] = customer_contract
        if not isinstance(customer_contact, Unset):
            field_dict["CustomerContact"] = customer_contact
        if not isinstance(additional_contacts, Unset):
            field_dict["AdditionalContacts"] = additional_contacts
        if not isinstance(site_contact, Unset):
            field_dict["SiteContact"] = site_contact
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(order_no, Unset):
            field_dict["OrderNo"] = order_no
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(recurring_start_date, Unset):
            field_dict["RecurringStartDate"] = recurring_start_date
        if not isinstance(recurring_quantity, Unset):
            field_dict["RecurringQuantity"] = recurring_quantity
        if not isinstance(invoice_date_period, Unset):
            field_dict["InvoiceDatePeriod"] = invoice_date_period
        if not isinstance(recurring_frequency, Unset):
            field_dict["RecurringFrequency"] = recurring_frequency
        if not isinstance(tags, Unset):
            field_dict["Tags"] = tags
        if not isinstance(payment_term_id, Unset):
            field_dict["PaymentTermID"] = payment_term_id
        if not isinstance(payment_terms, Unset):
            field_dict["PaymentTerms"] = payment_terms
        if not isinstance(salesperson, Unset):
            field_dict["Salesperson"] = salesperson
        if not isinstance(project_manager, Unset):
            field_dict["ProjectManager"] = project_manager
        if not isinstance(technicians, Unset):
            field_dict["Technicians"] = technicians
        if not isinstance(pricing_tier, Unset):
            field_dict["PricingTier"] = pricing_tier
        if not isinstance(labor_overhead, Unset):
            field_dict["LaborOverhead"] = labor_overhead
        if not isinstance(labor_fit_time, Unset):
            field_dict["LaborFitTime"] = labor_fit_time
        if not isinstance(item_tax_code, Unset):
            field_dict["ItemTaxCode"] = item_tax_code
        if not isinstance(labour_tax_code, Unset):
            field_dict["LabourTaxCode"] = labour_tax_code
        if not isinstance(material_markup, Unset):
            field_dict["MaterialMarkup"] = material_markup
        if not isinstance(inflation_rate, Unset):
            field_dict["InflationRate"] = inflation_rate
        if not isinstance(inflation_anniversary_date, Unset):
            field_dict["InflationAnniversaryDate"] = inflation_anniversary_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recurring_invoice_create_payment_terms import RecurringInvoiceCreatePaymentTerms  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("Type", UNSET)
        type_: JobType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = JobType.parse(_type_)

        site = d.pop("Site", UNSET)

        customer = d.pop("Customer", UNSET)

        customer_contract = d.pop("CustomerContract", UNSET)

        customer_contact = d.pop("CustomerContact", UNSET)

        additional_contacts = cast(list[int], d.pop("AdditionalContacts", UNSET))

        site_contact = d.pop("SiteContact", UNSET)

        name = d.pop("Name", UNSET)

        order_no = d.pop("OrderNo", UNSET)

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

        _recurring_start_date = d.pop("RecurringStartDate", UNSET)
        recurring_start_date: datetime.date | Unset
        if isinstance(_recurring_start_date, Unset):
            recurring_start_date = UNSET
        else:
            recurring_start_date = datetime.date.fromisoformat(_recurring_start_date)

        recurring_quantity = d.pop("RecurringQuantity", UNSET)

        _invoice_date_period = d.pop("InvoiceDatePeriod", UNSET)
        invoice_date_period: RecurringInvoiceInvoiceDatePeriod | Unset
        if isinstance(_invoice_date_period, Unset):
            invoice_date_period = UNSET
        else:
            invoice_date_period = RecurringInvoiceInvoiceDatePeriod.parse(_invoice_date_period)

        _recurring_frequency = d.pop("RecurringFrequency", UNSET)
        recurring_frequency: RecurringInvoiceRecurringFrequency | Unset
        if isinstance(_recurring_frequency, Unset):
            recurring_frequency = UNSET
        else:
            recurring_frequency = RecurringInvoiceRecurringFrequency.parse(_recurring_frequency)

        tags = cast(list[int], d.pop("Tags", UNSET))

        payment_term_id = d.pop("PaymentTermID", UNSET)

        _payment_terms = d.pop("PaymentTerms", UNSET)
        payment_terms: RecurringInvoiceCreatePaymentTerms | Unset
        if isinstance(_payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = RecurringInvoiceCreatePaymentTerms.from_dict(_payment_terms)

        salesperson = d.pop("Salesperson", UNSET)

        project_manager = d.pop("ProjectManager", UNSET)

        technicians = cast(list[int], d.pop("Technicians", UNSET))

        pricing_tier = d.pop("PricingTier", UNSET)

        labor_overhead = d.pop("LaborOverhead", UNSET)

        labor_fit_time = d.pop("LaborFitTime", UNSET)

        item_tax_code = d.pop("ItemTaxCode", UNSET)

        labour_tax_code = d.pop("LabourTaxCode", UNSET)

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

        inflation_rate = d.pop("InflationRate", UNSET)

        _inflation_anniversary_date = d.pop("InflationAnniversaryDate", UNSET)
        inflation_anniversary_date: datetime.datetime | Unset
        if isinstance(_inflation_anniversary_date, Unset):
            inflation_anniversary_date = UNSET
        else:
            inflation_anniversary_date = datetime.datetime.fromisoformat(_inflation_anniversary_date)

        _instance = cls(
            type_=_unchecked(type_),
            site=_unchecked(site),
            customer=customer,
            customer_contract=customer_contract,
            customer_contact=customer_contact,
            additional_contacts=additional_contacts,
            site_contact=site_contact,
            name=name,
            order_no=order_no,
            description=description,
            notes=notes,
            recurring_start_date=recurring_start_date,
            recurring_quantity=recurring_quantity,
            invoice_date_period=invoice_date_period,
            recurring_frequency=recurring_frequency,
            tags=tags,
            payment_term_id=payment_term_id,
            payment_terms=payment_terms,
            salesperson=salesperson,
            project_manager=project_manager,
            technicians=technicians,
            pricing_tier=pricing_tier,
            labor_overhead=labor_overhead,
            labor_fit_time=labor_fit_time,
            item_tax_code=item_tax_code,
            labour_tax_code=labour_tax_code,
            material_markup=material_markup,
            inflation_rate=inflation_rate,
            inflation_anniversary_date=inflation_anniversary_date,
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
