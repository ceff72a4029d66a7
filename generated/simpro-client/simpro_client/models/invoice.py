from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_note_stage import CreditNoteStage
from ..models.invoice_type import InvoiceType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.customer_ref import CustomerRef
    from ..models.folder_ref import FolderRef
    from ..models.invoice_cost_center import InvoiceCostCenter
    from ..models.invoice_create_retainage import InvoiceCreateRetainage
    from ..models.invoice_list_item_job import InvoiceListItemJob
    from ..models.invoice_list_item_recurring_invoice import InvoiceListItemRecurringInvoice
    from ..models.invoice_list_item_total import InvoiceListItemTotal
    from ..models.invoice_payment_terms import InvoicePaymentTerms
    from ..models.period import Period
    from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField
    from ..models.status_ref import StatusRef


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """
    Attributes:
        id (int): An invoice Number
        internal_id (int | str): Internal invoice number used in Simpro URL
        type_ (InvoiceType):
        customer (CustomerRef):
        jobs (list[InvoiceListItemJob]): List of jobs invoiced. Empty for invoice generated from recurring invoice.
        recurring_invoice (InvoiceListItemRecurringInvoice):
        date_issued (datetime.date): Issue date of an invoice, defaults to the current date. Date in YYYY-MM-DD format
            eg. 2019-09-18
        period (Period):
        payment_term_id (int): ID of a Payment Term<br />This param is recommended for setting up the invoice payment
            term
        payment_terms (InvoicePaymentTerms):
        progress_claim_number (int): Progress claims are numbered in order of issue. The first claim you raise is named
            Progress Claim #1, subsequent claims are labelled as #2, #3 etc. If it is the final claim the column
            IsFinalClaim will return true. Not applicable for consolidated tax invoices.
        is_final_claim (bool): Return true if invoice is a progress claim and is marked as Final Claim.
        stage (CreditNoteStage):
        per_item (bool): Indicates whether billable items are invoiced together as consolidated or invoiced per item.
            Partially invoice a job using invoice per item to keep the cost centres unlocked and add additional billable
            items to the job.
        order_no (str):
        late_payment_fee (bool): A default late payment fees can be setup in Financial Defaults for all customers or
            directly on individual customers.
        exchange_rate (float): When default currency and invoice currency is different.
        status (StatusRef):
        auto_adjust_status (bool): Set this to false if you would like to set status manually.
        description (str): Description of an invoice. This column supports HTML formatting.
        notes (str): Footnote of an invoice. This column supports HTML formatting.
        total (InvoiceListItemTotal):
        is_retainage (bool): Indicates whether an invoice is a retainage claim.
        retainage (list[InvoiceCreateRetainage]): Retainage amounts per job where enabled.
        retainage_rebate (str): Retainage Rebate amounts per job where enabled.
        is_paid (bool): Indicates whether an invoice has been fully paid or still unpaid.
        date_paid (datetime.date): Payment date when an invoice is fully paid.
        currency (str): The currency for this invoice. See Setup -> Currencies.
        date_created (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        custom_fields (list[ReceivableContactListItemCustomField]): All of the custom fields for this invoice. See the
            custom fields handler for more information.
        cost_centers (list[InvoiceCostCenter]):
        cis_deduction_rate (float | None | Unset): UK/Ireland Only: Contractor Industry Scheme (CIS) deduction rates for
            contractor and customer invoices.
        accounting_category (FolderRef | None | Unset): Available when category tracking is turned on in defaults
            financial.
    """

    id: int
    internal_id: int | str
    type_: InvoiceType
    customer: CustomerRef
    jobs: list[InvoiceListItemJob]
    recurring_invoice: InvoiceListItemRecurringInvoice
    date_issued: datetime.date
    period: Period
    payment_term_id: int
    payment_terms: InvoicePaymentTerms
    progress_claim_number: int
    is_final_claim: bool
    stage: CreditNoteStage
    per_item: bool
    order_no: str
    late_payment_fee: bool
    exchange_rate: float
    status: StatusRef
    auto_adjust_status: bool
    description: str
    notes: str
    total: InvoiceListItemTotal
    is_retainage: bool
    retainage: list[InvoiceCreateRetainage]
    retainage_rebate: str
    is_paid: bool
    date_paid: datetime.date
    currency: str
    date_created: datetime.datetime
    date_modified: datetime.datetime
    custom_fields: list[ReceivableContactListItemCustomField]
    cost_centers: list[InvoiceCostCenter]
    cis_deduction_rate: float | None | Unset = UNSET
    accounting_category: FolderRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        id = self.id
        internal_id: int | str | Unset
        if isinstance(self.internal_id, Unset):
            internal_id = UNSET
        else:
            internal_id = self.internal_id
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()
        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        recurring_invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurring_invoice, Unset):
            recurring_invoice = self.recurring_invoice.to_dict()
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()
        payment_term_id = self.payment_term_id
        payment_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_terms, Unset):
            payment_terms = self.payment_terms.to_dict()
        progress_claim_number = self.progress_claim_number
        is_final_claim = self.is_final_claim
        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        per_item = self.per_item
        order_no = self.order_no
        late_payment_fee = self.late_payment_fee
        exchange_rate = self.exchange_rate
        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()
        auto_adjust_status = self.auto_adjust_status
        description = self.description
        notes = self.notes
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        is_retainage = self.is_retainage
        retainage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.retainage, Unset):
            retainage = []
            for retainage_item_data in self.retainage:
                retainage_item = retainage_item_data.to_dict()
                retainage.append(retainage_item)

        retainage_rebate = self.retainage_rebate
        is_paid = self.is_paid
        date_paid: str | Unset = UNSET
        if not isinstance(self.date_paid, Unset):
            date_paid = self.date_paid.isoformat()
        currency = self.currency
        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        cost_centers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cost_centers, Unset):
            cost_centers = []
            for cost_centers_item_data in self.cost_centers:
                cost_centers_item = cost_centers_item_data.to_dict()
                cost_centers.append(cost_centers_item)

        cis_deduction_rate: float | None | Unset
        if isinstance(self.cis_deduction_rate, Unset):
            cis_deduction_rate = UNSET
        else:
            cis_deduction_rate = self.cis_deduction_rate
        accounting_category: dict[str, Any] | None | Unset
        if isinstance(self.accounting_category, Unset):
            accounting_category = UNSET
        elif isinstance(self.accounting_category, FolderRef):
            accounting_category = self.accounting_category.to_dict()
        else:
            accounting_category = self.accounting_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(internal_id, Unset):
            field_dict["InternalID"] = internal_id
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(jobs, Unset):
            field_dict["Jobs"] = jobs
        if not isinstance(recurring_invoice, Unset):
            field_dict["RecurringInvoice"] = recurring_invoice
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(period, Unset):
            field_dict["Period"] = period
        if not isinstance(payment_term_id, Unset):
            field_dict["PaymentTermID"] = payment_term_id
        if not isinstance(payment_terms, Unset):
            field_dict["PaymentTerms"] = payment_terms
        if not isinstance(progress_claim_number, Unset):
            field_dict["ProgressClaimNumber"] = progress_claim_number
        if not isinstance(is_final_claim, Unset):
            field_dict["IsFinalClaim"] = is_final_claim
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(per_item, Unset):
            field_dict["PerItem"] = per_item
        if not isinstance(order_no, Unset):
            field_dict["OrderNo"] = order_no
        if not isinstance(late_payment_fee, Unset):
            field_dict["LatePaymentFee"] = late_payment_fee
        if not isinstance(exchange_rate, Unset):
            field_dict["ExchangeRate"] = exchange_rate
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(auto_adjust_status, Unset):
            field_dict["AutoAdjustStatus"] = auto_adjust_status
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(is_retainage, Unset):
            field_dict["IsRetainage"] = is_retainage
        if not isinstance(retainage, Unset):
            field_dict["Retainage"] = retainage
        if not isinstance(retainage_rebate, Unset):
            field_dict["RetainageRebate"] = retainage_rebate
        if not isinstance(is_paid, Unset):
            field_dict["IsPaid"] = is_paid
        if not isinstance(date_paid, Unset):
            field_dict["DatePaid"] = date_paid
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(date_created, Unset):
            field_dict["DateCreated"] = date_created
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(cost_centers, Unset):
            field_dict["CostCenters"] = cost_centers
        if not isinstance(cis_deduction_rate, Unset):
            field_dict["CISDeductionRate"] = cis_deduction_rate
        if not isinstance(accounting_category, Unset):
            field_dict["AccountingCategory"] = accounting_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415
        from ..models.invoice_cost_center import InvoiceCostCenter  # noqa: PLC0415
        from ..models.invoice_create_retainage import InvoiceCreateRetainage  # noqa: PLC0415
        from ..models.invoice_list_item_job import InvoiceListItemJob  # noqa: PLC0415
        from ..models.invoice_list_item_recurring_invoice import InvoiceListItemRecurringInvoice  # noqa: PLC0415
        from ..models.invoice_list_item_total import InvoiceListItemTotal  # noqa: PLC0415
        from ..models.invoice_payment_terms import InvoicePaymentTerms  # noqa: PLC0415
        from ..models.period import Period  # noqa: PLC0415
        from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField  # noqa: PLC0415
        from ..models.status_ref import StatusRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        def _parse_internal_id(data: object) -> int | str | Unset:

            if isinstance(data, Unset):
                return data
            partial_fits: list[int | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(int | str | Unset, data)

        internal_id = _parse_internal_id(d.pop("InternalID", UNSET))

        _type_ = d.pop("Type", UNSET)
        type_: InvoiceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InvoiceType.parse(_type_)

        _customer = d.pop("Customer", UNSET)
        customer: CustomerRef | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerRef.from_dict(_customer)

        _jobs = d.pop("Jobs", UNSET)
        jobs: list[InvoiceListItemJob] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = InvoiceListItemJob.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        _recurring_invoice = d.pop("RecurringInvoice", UNSET)
        recurring_invoice: InvoiceListItemRecurringInvoice | Unset
        if isinstance(_recurring_invoice, Unset):
            recurring_invoice = UNSET
        else:
            recurring_invoice = InvoiceListItemRecurringInvoice.from_dict(_recurring_invoice)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        _period = d.pop("Period", UNSET)
        period: Period | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = Period.from_dict(_period)

        payment_term_id = d.pop("PaymentTermID", UNSET)

        _payment_terms = d.pop("PaymentTerms", UNSET)
        payment_terms: InvoicePaymentTerms | Unset
        if isinstance(_payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = InvoicePaymentTerms.from_dict(_payment_terms)

        progress_claim_number = d.pop("ProgressClaimNumber", UNSET)

        is_final_claim = d.pop("IsFinalClaim", UNSET)

        _stage = d.pop("Stage", UNSET)
        stage: CreditNoteStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = CreditNoteStage.parse(_stage)

        per_item = d.pop("PerItem", UNSET)

        order_no = d.pop("OrderNo", UNSET)

        late_payment_fee = d.pop("LatePaymentFee", UNSET)

        exchange_rate = d.pop("ExchangeRate", UNSET)

        _status = d.pop("Status", UNSET)
        status: StatusRef | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatusRef.from_dict(_status)

        auto_adjust_status = d.pop("AutoAdjustStatus", UNSET)

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

        _total = d.pop("Total", UNSET)
        total: InvoiceListItemTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = InvoiceListItemTotal.from_dict(_total)

        is_retainage = d.pop("IsRetainage", UNSET)

        _retainage = d.pop("Retainage", UNSET)
        retainage: list[InvoiceCreateRetainage] | Unset = UNSET
        if _retainage is not UNSET:
            retainage = []
            for retainage_item_data in _retainage:
                retainage_item = InvoiceCreateRetainage.from_dict(retainage_item_data)

                retainage.append(retainage_item)

        retainage_rebate = d.pop("RetainageRebate", UNSET)

        is_paid = d.pop("IsPaid", UNSET)

        _date_paid = d.pop("DatePaid", UNSET)
        date_paid: datetime.date | Unset
        if isinstance(_date_paid, Unset):
            date_paid = UNSET
        else:
            date_paid = datetime.date.fromisoformat(_date_paid)

        currency = d.pop("Currency", UNSET)

        _date_created = d.pop("DateCreated", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = datetime.datetime.fromisoformat(_date_created)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[ReceivableContactListItemCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = ReceivableContactListItemCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _cost_centers = d.pop("CostCenters", UNSET)
        cost_centers: list[InvoiceCostCenter] | Unset = UNSET
        if _cost_centers is not UNSET:
            cost_centers = []
            for cost_centers_item_data in _cost_centers:
                cost_centers_item = InvoiceCostCenter.from_dict(cost_centers_item_data)

                cost_centers.append(cost_centers_item)

        def _parse_cis_deduction_rate(data: object) -> float | None | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[float | None | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(float | None | Unset, data)

        cis_deduction_rate = _parse_cis_deduction_rate(d.pop("CISDeductionRate", UNSET))

        def _parse_accounting_category(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accounting_category_type_1 = FolderRef.from_dict(data)

                if is_complete(accounting_category_type_1):
                    return accounting_category_type_1
                partial_fits.append(accounting_category_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        accounting_category = _parse_accounting_category(d.pop("AccountingCategory", UNSET))

        _instance = cls(
            id=_unchecked(id),
            internal_id=_unchecked(internal_id),
            type_=_unchecked(type_),
            customer=_unchecked(customer),
            jobs=_unchecked(jobs),
            recurring_invoice=_unchecked(recurring_invoice),
            date_issued=_unchecked(date_issued),
            period=_unchecked(period),
            payment_term_id=_unchecked(payment_term_id),
            payment_terms=_unchecked(payment_terms),
            progress_claim_number=_unchecked(progress_claim_number),
            is_final_claim=_unchecked(is_final_claim),
            stage=_unchecked(stage),
            per_item=_unchecked(per_item),
            order_no=_unchecked(order_no),
            late_payment_fee=_unchecked(late_payment_fee),
            exchange_rate=_unchecked(exchange_rate),
            status=_unchecked(status),
            auto_adjust_status=_unchecked(auto_adjust_status),
            description=_unchecked(description),
            notes=_unchecked(notes),
            total=_unchecked(total),
            is_retainage=_unchecked(is_retainage),
            retainage=_unchecked(retainage),
            retainage_rebate=_unchecked(retainage_rebate),
            is_paid=_unchecked(is_paid),
            date_paid=_unchecked(date_paid),
            currency=_unchecked(currency),
            date_created=_unchecked(date_created),
            date_modified=_unchecked(date_modified),
            custom_fields=_unchecked(custom_fields),
            cost_centers=_unchecked(cost_centers),
            cis_deduction_rate=cis_deduction_rate,
            accounting_category=accounting_category,
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
