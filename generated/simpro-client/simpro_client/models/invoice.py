from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_invoice_stage import CustomerInvoiceStage
from ..models.invoice_type import InvoiceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_category_ref import AccountingCategoryRef
    from ..models.customer_ref import CustomerRef
    from ..models.invoice_cost_center import InvoiceCostCenter
    from ..models.invoice_custom_field import InvoiceCustomField
    from ..models.invoice_list_item_job import InvoiceListItemJob
    from ..models.invoice_list_item_total import InvoiceListItemTotal
    from ..models.invoice_payment_terms import InvoicePaymentTerms
    from ..models.period import Period
    from ..models.recurring_invoice import RecurringInvoice
    from ..models.retainage import Retainage
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
        recurring_invoice (RecurringInvoice):
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
        stage (CustomerInvoiceStage):
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
        retainage (list[Retainage]): Retainage amounts per job where enabled.
        retainage_rebate (str): Retainage Rebate amounts per job where enabled.
        is_paid (bool): Indicates whether an invoice has been fully paid or still unpaid.
        date_paid (datetime.date): Payment date when an invoice is fully paid.
        currency (str): The currency for this invoice. See Setup -> Currencies.
        date_created (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        custom_fields (list[InvoiceCustomField]): All of the custom fields for this invoice. See the custom fields
            handler for more information.
        cost_centers (list[InvoiceCostCenter]):
        cis_deduction_rate (float | None | Unset): UK/Ireland Only: Contractor Industry Scheme (CIS) deduction rates for
            contractor and customer invoices.
        accounting_category (AccountingCategoryRef | None | Unset): Available when category tracking is turned on in
            defaults financial.
    """

    id: int
    internal_id: int | str
    type_: InvoiceType
    customer: CustomerRef
    jobs: list[InvoiceListItemJob]
    recurring_invoice: RecurringInvoice
    date_issued: datetime.date
    period: Period
    payment_term_id: int
    payment_terms: InvoicePaymentTerms
    progress_claim_number: int
    is_final_claim: bool
    stage: CustomerInvoiceStage
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
    retainage: list[Retainage]
    retainage_rebate: str
    is_paid: bool
    date_paid: datetime.date
    currency: str
    date_created: datetime.datetime
    date_modified: datetime.datetime
    custom_fields: list[InvoiceCustomField]
    cost_centers: list[InvoiceCostCenter]
    cis_deduction_rate: float | None | Unset = UNSET
    accounting_category: AccountingCategoryRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_category_ref import AccountingCategoryRef  # noqa: PLC0415

        id = self.id

        internal_id: int | str
        internal_id = self.internal_id

        type_ = self.type_.value

        customer = self.customer.to_dict()

        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()
            jobs.append(jobs_item)

        recurring_invoice = self.recurring_invoice.to_dict()

        date_issued = self.date_issued.isoformat()

        period = self.period.to_dict()

        payment_term_id = self.payment_term_id

        payment_terms = self.payment_terms.to_dict()

        progress_claim_number = self.progress_claim_number

        is_final_claim = self.is_final_claim

        stage = self.stage.value

        per_item = self.per_item

        order_no = self.order_no

        late_payment_fee = self.late_payment_fee

        exchange_rate = self.exchange_rate

        status = self.status.to_dict()

        auto_adjust_status = self.auto_adjust_status

        description = self.description

        notes = self.notes

        total = self.total.to_dict()

        is_retainage = self.is_retainage

        retainage = []
        for retainage_item_data in self.retainage:
            retainage_item = retainage_item_data.to_dict()
            retainage.append(retainage_item)

        retainage_rebate = self.retainage_rebate

        is_paid = self.is_paid

        date_paid = self.date_paid.isoformat()

        currency = self.currency

        date_created = self.date_created.isoformat()

        date_modified = self.date_modified.isoformat()

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

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
        elif isinstance(self.accounting_category, AccountingCategoryRef):
            accounting_category = self.accounting_category.to_dict()
        else:
            accounting_category = self.accounting_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "InternalID": internal_id,
                "Type": type_,
                "Customer": customer,
                "Jobs": jobs,
                "RecurringInvoice": recurring_invoice,
                "DateIssued": date_issued,
                "Period": period,
                "PaymentTermID": payment_term_id,
                "PaymentTerms": payment_terms,
                "ProgressClaimNumber": progress_claim_number,
                "IsFinalClaim": is_final_claim,
                "Stage": stage,
                "PerItem": per_item,
                "OrderNo": order_no,
                "LatePaymentFee": late_payment_fee,
                "ExchangeRate": exchange_rate,
                "Status": status,
                "AutoAdjustStatus": auto_adjust_status,
                "Description": description,
                "Notes": notes,
                "Total": total,
                "IsRetainage": is_retainage,
                "Retainage": retainage,
                "RetainageRebate": retainage_rebate,
                "IsPaid": is_paid,
                "DatePaid": date_paid,
                "Currency": currency,
                "DateCreated": date_created,
                "DateModified": date_modified,
                "CustomFields": custom_fields,
                "CostCenters": cost_centers,
            }
        )
        if cis_deduction_rate is not UNSET:
            field_dict["CISDeductionRate"] = cis_deduction_rate
        if accounting_category is not UNSET:
            field_dict["AccountingCategory"] = accounting_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.accounting_category_ref import AccountingCategoryRef  # noqa: PLC0415
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.invoice_cost_center import InvoiceCostCenter  # noqa: PLC0415
        from ..models.invoice_custom_field import InvoiceCustomField  # noqa: PLC0415
        from ..models.invoice_list_item_job import InvoiceListItemJob  # noqa: PLC0415
        from ..models.invoice_list_item_total import InvoiceListItemTotal  # noqa: PLC0415
        from ..models.invoice_payment_terms import InvoicePaymentTerms  # noqa: PLC0415
        from ..models.period import Period  # noqa: PLC0415
        from ..models.recurring_invoice import RecurringInvoice  # noqa: PLC0415
        from ..models.retainage import Retainage  # noqa: PLC0415
        from ..models.status_ref import StatusRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID")

        def _parse_internal_id(data: object) -> int | str:
            return cast(int | str, data)

        internal_id = _parse_internal_id(d.pop("InternalID"))

        type_ = InvoiceType(d.pop("Type"))

        customer = CustomerRef.from_dict(d.pop("Customer"))

        jobs = []
        _jobs = d.pop("Jobs")
        for jobs_item_data in _jobs:
            jobs_item = InvoiceListItemJob.from_dict(jobs_item_data)

            jobs.append(jobs_item)

        recurring_invoice = RecurringInvoice.from_dict(d.pop("RecurringInvoice"))

        date_issued = datetime.date.fromisoformat(d.pop("DateIssued"))

        period = Period.from_dict(d.pop("Period"))

        payment_term_id = d.pop("PaymentTermID")

        payment_terms = InvoicePaymentTerms.from_dict(d.pop("PaymentTerms"))

        progress_claim_number = d.pop("ProgressClaimNumber")

        is_final_claim = d.pop("IsFinalClaim")

        stage = CustomerInvoiceStage(d.pop("Stage"))

        per_item = d.pop("PerItem")

        order_no = d.pop("OrderNo")

        late_payment_fee = d.pop("LatePaymentFee")

        exchange_rate = d.pop("ExchangeRate")

        status = StatusRef.from_dict(d.pop("Status"))

        auto_adjust_status = d.pop("AutoAdjustStatus")

        description = d.pop("Description")

        notes = d.pop("Notes")

        total = InvoiceListItemTotal.from_dict(d.pop("Total"))

        is_retainage = d.pop("IsRetainage")

        retainage = []
        _retainage = d.pop("Retainage")
        for retainage_item_data in _retainage:
            retainage_item = Retainage.from_dict(retainage_item_data)

            retainage.append(retainage_item)

        retainage_rebate = d.pop("RetainageRebate")

        is_paid = d.pop("IsPaid")

        date_paid = datetime.date.fromisoformat(d.pop("DatePaid"))

        currency = d.pop("Currency")

        date_created = datetime.datetime.fromisoformat(d.pop("DateCreated"))

        date_modified = datetime.datetime.fromisoformat(d.pop("DateModified"))

        custom_fields = []
        _custom_fields = d.pop("CustomFields")
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = InvoiceCustomField.from_dict(custom_fields_item_data)

            custom_fields.append(custom_fields_item)

        cost_centers = []
        _cost_centers = d.pop("CostCenters")
        for cost_centers_item_data in _cost_centers:
            cost_centers_item = InvoiceCostCenter.from_dict(cost_centers_item_data)

            cost_centers.append(cost_centers_item)

        def _parse_cis_deduction_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cis_deduction_rate = _parse_cis_deduction_rate(d.pop("CISDeductionRate", UNSET))

        def _parse_accounting_category(data: object) -> AccountingCategoryRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accounting_category_type_1 = AccountingCategoryRef.from_dict(data)

                return accounting_category_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingCategoryRef | None | Unset, data)

        accounting_category = _parse_accounting_category(d.pop("AccountingCategory", UNSET))

        invoice = cls(
            id=id,
            internal_id=internal_id,
            type_=type_,
            customer=customer,
            jobs=jobs,
            recurring_invoice=recurring_invoice,
            date_issued=date_issued,
            period=period,
            payment_term_id=payment_term_id,
            payment_terms=payment_terms,
            progress_claim_number=progress_claim_number,
            is_final_claim=is_final_claim,
            stage=stage,
            per_item=per_item,
            order_no=order_no,
            late_payment_fee=late_payment_fee,
            exchange_rate=exchange_rate,
            status=status,
            auto_adjust_status=auto_adjust_status,
            description=description,
            notes=notes,
            total=total,
            is_retainage=is_retainage,
            retainage=retainage,
            retainage_rebate=retainage_rebate,
            is_paid=is_paid,
            date_paid=date_paid,
            currency=currency,
            date_created=date_created,
            date_modified=date_modified,
            custom_fields=custom_fields,
            cost_centers=cost_centers,
            cis_deduction_rate=cis_deduction_rate,
            accounting_category=accounting_category,
        )

        invoice.additional_properties = d
        return invoice

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
