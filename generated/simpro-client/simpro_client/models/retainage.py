from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_note_stage import CreditNoteStage
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.customer_ref import CustomerRef
    from ..models.invoice_list_item_job import InvoiceListItemJob
    from ..models.invoice_payment_terms import InvoicePaymentTerms
    from ..models.period import Period
    from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField
    from ..models.retainage_list_item_total import RetainageListItemTotal
    from ..models.retainages_held import RetainagesHeld
    from ..models.status_ref import StatusRef


T = TypeVar("T", bound="Retainage")


@_attrs_define
class Retainage:
    """
    Attributes:
        id (int): An invoice Number
        internal_id (int | str): Internal invoice number used in Simpro URL
        customer (CustomerRef):
        date_issued (datetime.date): Issue date of an invoice, defaults to the current date. Date in YYYY-MM-DD format
            eg. 2019-09-18
        period (Period):
        payment_term_id (int): ID of a Payment Term<br />This param is recommended for setting up the invoice payment
            term
        payment_terms (InvoicePaymentTerms):
        is_final_claim (bool): Return true if invoice is a progress claim and is marked as Final Claim.
        stage (CreditNoteStage):
        order_no (str):
        exchange_rate (float): When default currency and invoice currency is different.
        status (StatusRef):
        auto_adjust_status (bool): Set this to false if you would like to set status manually.
        description (str): Description of an invoice. This column supports HTML formatting.
        notes (str): Footnote of an invoice. This column supports HTML formatting.
        retainage_rebate (str): Retainage Rebate amounts per job where enabled.
        is_paid (bool): Indicates whether an invoice has been fully paid or still unpaid.
        date_paid (datetime.date): Payment date when an invoice is fully paid.
        currency (str): The currency for this invoice. See Setup -> Currencies.
        date_created (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        custom_fields (list[ReceivableContactListItemCustomField]): All of the custom fields for this retainage. See the
            custom fields handler for more information.
        job (InvoiceListItemJob):
        retainages_held (list[RetainagesHeld]): Retainage amounts held per invoice.
        total (RetainageListItemTotal):
    """

    id: int
    internal_id: int | str
    customer: CustomerRef
    date_issued: datetime.date
    period: Period
    payment_term_id: int
    payment_terms: InvoicePaymentTerms
    is_final_claim: bool
    stage: CreditNoteStage
    order_no: str
    exchange_rate: float
    status: StatusRef
    auto_adjust_status: bool
    description: str
    notes: str
    retainage_rebate: str
    is_paid: bool
    date_paid: datetime.date
    currency: str
    date_created: datetime.datetime
    date_modified: datetime.datetime
    custom_fields: list[ReceivableContactListItemCustomField]
    job: InvoiceListItemJob
    retainages_held: list[RetainagesHeld]
    total: RetainageListItemTotal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        internal_id: int | str | Unset
        if isinstance(self.internal_id, Unset):
            internal_id = UNSET
        else:
            internal_id = self.internal_id
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()
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
        is_final_claim = self.is_final_claim
        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        order_no = self.order_no
        exchange_rate = self.exchange_rate
        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()
        auto_adjust_status = self.auto_adjust_status
        description = self.description
        notes = self.notes
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

        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()
        retainages_held: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.retainages_held, Unset):
            retainages_held = []
            for retainages_held_item_data in self.retainages_held:
                retainages_held_item = retainages_held_item_data.to_dict()
                retainages_held.append(retainages_held_item)

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(internal_id, Unset):
            field_dict["InternalID"] = internal_id
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(period, Unset):
            field_dict["Period"] = period
        if not isinstance(payment_term_id, Unset):
            field_dict["PaymentTermID"] = payment_term_id
        if not isinstance(payment_terms, Unset):
            field_dict["PaymentTerms"] = payment_terms
        if not isinstance(is_final_claim, Unset):
            field_dict["IsFinalClaim"] = is_final_claim
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(order_no, Unset):
            field_dict["OrderNo"] = order_no
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
        if not isinstance(job, Unset):
            field_dict["Job"] = job
        if not isinstance(retainages_held, Unset):
            field_dict["RetainagesHeld"] = retainages_held
        if not isinstance(total, Unset):
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.invoice_list_item_job import InvoiceListItemJob  # noqa: PLC0415
        from ..models.invoice_payment_terms import InvoicePaymentTerms  # noqa: PLC0415
        from ..models.period import Period  # noqa: PLC0415
        from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField  # noqa: PLC0415
        from ..models.retainage_list_item_total import RetainageListItemTotal  # noqa: PLC0415
        from ..models.retainages_held import RetainagesHeld  # noqa: PLC0415
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

        _customer = d.pop("Customer", UNSET)
        customer: CustomerRef | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerRef.from_dict(_customer)

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

        is_final_claim = d.pop("IsFinalClaim", UNSET)

        _stage = d.pop("Stage", UNSET)
        stage: CreditNoteStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = CreditNoteStage.parse(_stage)

        order_no = d.pop("OrderNo", UNSET)

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

        _job = d.pop("Job", UNSET)
        job: InvoiceListItemJob | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = InvoiceListItemJob.from_dict(_job)

        _retainages_held = d.pop("RetainagesHeld", UNSET)
        retainages_held: list[RetainagesHeld] | Unset = UNSET
        if _retainages_held is not UNSET:
            retainages_held = []
            for retainages_held_item_data in _retainages_held:
                retainages_held_item = RetainagesHeld.from_dict(retainages_held_item_data)

                retainages_held.append(retainages_held_item)

        _total = d.pop("Total", UNSET)
        total: RetainageListItemTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = RetainageListItemTotal.from_dict(_total)

        _instance = cls(
            id=_unchecked(id),
            internal_id=_unchecked(internal_id),
            customer=_unchecked(customer),
            date_issued=_unchecked(date_issued),
            period=_unchecked(period),
            payment_term_id=_unchecked(payment_term_id),
            payment_terms=_unchecked(payment_terms),
            is_final_claim=_unchecked(is_final_claim),
            stage=_unchecked(stage),
            order_no=_unchecked(order_no),
            exchange_rate=_unchecked(exchange_rate),
            status=_unchecked(status),
            auto_adjust_status=_unchecked(auto_adjust_status),
            description=_unchecked(description),
            notes=_unchecked(notes),
            retainage_rebate=_unchecked(retainage_rebate),
            is_paid=_unchecked(is_paid),
            date_paid=_unchecked(date_paid),
            currency=_unchecked(currency),
            date_created=_unchecked(date_created),
            date_modified=_unchecked(date_modified),
            custom_fields=_unchecked(custom_fields),
            job=_unchecked(job),
            retainages_held=_unchecked(retainages_held),
            total=_unchecked(total),
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
