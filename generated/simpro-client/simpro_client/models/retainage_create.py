from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_note_stage import CreditNoteStage
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.invoice_create_payment_terms import InvoiceCreatePaymentTerms
    from ..models.retainage_create_total import RetainageCreateTotal


T = TypeVar("T", bound="RetainageCreate")


@_attrs_define
class RetainageCreate:
    """
    Attributes:
        job (int): ID of a job
        date_issued (datetime.date | Unset): Issue date of an invoice, defaults to the current date. Date in YYYY-MM-DD
            format eg. 2019-09-18
        payment_term_id (int | Unset): ID of a Payment Term<br />This param is recommended for setting up the invoice
            payment term
        payment_terms (InvoiceCreatePaymentTerms | Unset):
        stage (CreditNoteStage | Unset):
        order_no (str | Unset):
        status (int | Unset): ID of a customer invoice status code
        auto_adjust_status (bool | Unset): Set this to false if you would like to set status manually.
        description (str | Unset): Description of an invoice. This column supports HTML formatting.
        notes (str | Unset): Footnote of an invoice. This column supports HTML formatting.
        total (RetainageCreateTotal | Unset):
    """

    job: int
    date_issued: datetime.date | Unset = UNSET
    payment_term_id: int | Unset = UNSET
    payment_terms: InvoiceCreatePaymentTerms | Unset = UNSET
    stage: CreditNoteStage | Unset = UNSET
    order_no: str | Unset = UNSET
    status: int | Unset = UNSET
    auto_adjust_status: bool | Unset = UNSET
    description: str | Unset = UNSET
    notes: str | Unset = UNSET
    total: RetainageCreateTotal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job = self.job
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        payment_term_id = self.payment_term_id
        payment_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_terms, Unset):
            payment_terms = self.payment_terms.to_dict()
        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        order_no = self.order_no
        status = self.status
        auto_adjust_status = self.auto_adjust_status
        description = self.description
        notes = self.notes
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(job, Unset):
            field_dict["Job"] = job
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(payment_term_id, Unset):
            field_dict["PaymentTermID"] = payment_term_id
        if not isinstance(payment_terms, Unset):
            field_dict["PaymentTerms"] = payment_terms
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(order_no, Unset):
            field_dict["OrderNo"] = order_no
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_create_payment_terms import InvoiceCreatePaymentTerms  # noqa: PLC0415
        from ..models.retainage_create_total import RetainageCreateTotal  # noqa: PLC0415

        d = dict(src_dict)
        job = d.pop("Job", UNSET)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        payment_term_id = d.pop("PaymentTermID", UNSET)

        _payment_terms = d.pop("PaymentTerms", UNSET)
        payment_terms: InvoiceCreatePaymentTerms | Unset
        if isinstance(_payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = InvoiceCreatePaymentTerms.from_dict(_payment_terms)

        _stage = d.pop("Stage", UNSET)
        stage: CreditNoteStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = CreditNoteStage.parse(_stage)

        order_no = d.pop("OrderNo", UNSET)

        status = d.pop("Status", UNSET)

        auto_adjust_status = d.pop("AutoAdjustStatus", UNSET)

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

        _total = d.pop("Total", UNSET)
        total: RetainageCreateTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = RetainageCreateTotal.from_dict(_total)

        _instance = cls(
            job=_unchecked(job),
            date_issued=date_issued,
            payment_term_id=payment_term_id,
            payment_terms=payment_terms,
            stage=stage,
            order_no=order_no,
            status=status,
            auto_adjust_status=auto_adjust_status,
            description=description,
            notes=notes,
            total=total,
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
