from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_note_stage import CreditNoteStage
from ..models.invoice_type import InvoiceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_create_cost_center import InvoiceCreateCostCenter
    from ..models.invoice_create_payment_terms import InvoiceCreatePaymentTerms
    from ..models.invoice_create_retainage import InvoiceCreateRetainage


T = TypeVar("T", bound="InvoiceCreate")


@_attrs_define
class InvoiceCreate:
    """
    Attributes:
        type_ (InvoiceType | Unset):
        jobs (list[int] | Unset): Job ids to create invoice.
        date_issued (datetime.date | Unset): Issue date of an invoice, defaults to the current date. Date in YYYY-MM-DD
            format eg. 2019-09-18
        payment_term_id (int | Unset): ID of a Payment Term<br />This param is recommended for setting up the invoice
            payment term
        payment_terms (InvoiceCreatePaymentTerms | Unset):
        progress_claim_number (int | Unset): Progress claims are numbered in order of issue. The first claim you raise
            is named Progress Claim #1, subsequent claims are labelled as #2, #3 etc. If it is the final claim the column
            IsFinalClaim will return true. Not applicable for consolidated tax invoices.
        stage (CreditNoteStage | Unset):
        per_item (bool | Unset): Indicates whether billable items are invoiced together as consolidated or invoiced per
            item. Partially invoice a job using invoice per item to keep the cost centres unlocked and add additional
            billable items to the job.
        order_no (str | Unset):
        late_payment_fee (bool | Unset): A default late payment fees can be setup in Financial Defaults for all
            customers or directly on individual customers.
        cis_deduction_rate (float | None | Unset): UK/Ireland Only: Contractor Industry Scheme (CIS) deduction rates for
            contractor and customer invoices.
        accounting_category (int | Unset): ID of a accounting category
        status (int | Unset): ID of a customer invoice status code
        auto_adjust_status (bool | Unset): Set this to false if you would like to set status manually.
        description (str | Unset): Description of an invoice. This column supports HTML formatting.
        notes (str | Unset): Footnote of an invoice. This column supports HTML formatting.
        retainage (list[InvoiceCreateRetainage] | Unset): Retainage amounts per job where enabled.
        cost_centers (list[InvoiceCreateCostCenter] | Unset):
    """

    type_: InvoiceType | Unset = UNSET
    jobs: list[int] | Unset = UNSET
    date_issued: datetime.date | Unset = UNSET
    payment_term_id: int | Unset = UNSET
    payment_terms: InvoiceCreatePaymentTerms | Unset = UNSET
    progress_claim_number: int | Unset = UNSET
    stage: CreditNoteStage | Unset = UNSET
    per_item: bool | Unset = UNSET
    order_no: str | Unset = UNSET
    late_payment_fee: bool | Unset = UNSET
    cis_deduction_rate: float | None | Unset = UNSET
    accounting_category: int | Unset = UNSET
    status: int | Unset = UNSET
    auto_adjust_status: bool | Unset = UNSET
    description: str | Unset = UNSET
    notes: str | Unset = UNSET
    retainage: list[InvoiceCreateRetainage] | Unset = UNSET
    cost_centers: list[InvoiceCreateCostCenter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        jobs: list[int] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = self.jobs

        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        payment_term_id = self.payment_term_id
        payment_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_terms, Unset):
            payment_terms = self.payment_terms.to_dict()
        progress_claim_number = self.progress_claim_number
        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        per_item = self.per_item
        order_no = self.order_no
        late_payment_fee = self.late_payment_fee
        cis_deduction_rate: float | None | Unset
        if isinstance(self.cis_deduction_rate, Unset):
            cis_deduction_rate = UNSET
        else:
            cis_deduction_rate = self.cis_deduction_rate
        accounting_category = self.accounting_category
        status = self.status
        auto_adjust_status = self.auto_adjust_status
        description = self.description
        notes = self.notes
        retainage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.retainage, Unset):
            retainage = []
            for retainage_item_data in self.retainage:
                retainage_item = retainage_item_data.to_dict()
                retainage.append(retainage_item)

        cost_centers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cost_centers, Unset):
            cost_centers = []
            for cost_centers_item_data in self.cost_centers:
                cost_centers_item = cost_centers_item_data.to_dict()
                cost_centers.append(cost_centers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(jobs, Unset):
            field_dict["Jobs"] = jobs
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(payment_term_id, Unset):
            field_dict["PaymentTermID"] = payment_term_id
        if not isinstance(payment_terms, Unset):
            field_dict["PaymentTerms"] = payment_terms
        if not isinstance(progress_claim_number, Unset):
            field_dict["ProgressClaimNumber"] = progress_claim_number
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(per_item, Unset):
            field_dict["PerItem"] = per_item
        if not isinstance(order_no, Unset):
            field_dict["OrderNo"] = order_no
        if not isinstance(late_payment_fee, Unset):
            field_dict["LatePaymentFee"] = late_payment_fee
        if not isinstance(cis_deduction_rate, Unset):
            field_dict["CISDeductionRate"] = cis_deduction_rate
        if not isinstance(accounting_category, Unset):
            field_dict["AccountingCategory"] = accounting_category
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(auto_adjust_status, Unset):
            field_dict["AutoAdjustStatus"] = auto_adjust_status
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(retainage, Unset):
            field_dict["Retainage"] = retainage
        if not isinstance(cost_centers, Unset):
            field_dict["CostCenters"] = cost_centers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_create_cost_center import InvoiceCreateCostCenter  # noqa: PLC0415
        from ..models.invoice_create_payment_terms import InvoiceCreatePaymentTerms  # noqa: PLC0415
        from ..models.invoice_create_retainage import InvoiceCreateRetainage  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("Type", UNSET)
        type_: InvoiceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InvoiceType.parse(_type_)

        jobs = cast(list[int], d.pop("Jobs", UNSET))

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

        progress_claim_number = d.pop("ProgressClaimNumber", UNSET)

        _stage = d.pop("Stage", UNSET)
        stage: CreditNoteStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = CreditNoteStage.parse(_stage)

        per_item = d.pop("PerItem", UNSET)

        order_no = d.pop("OrderNo", UNSET)

        late_payment_fee = d.pop("LatePaymentFee", UNSET)

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

        accounting_category = d.pop("AccountingCategory", UNSET)

        status = d.pop("Status", UNSET)

        auto_adjust_status = d.pop("AutoAdjustStatus", UNSET)

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

        _retainage = d.pop("Retainage", UNSET)
        retainage: list[InvoiceCreateRetainage] | Unset = UNSET
        if _retainage is not UNSET:
            retainage = []
            for retainage_item_data in _retainage:
                retainage_item = InvoiceCreateRetainage.from_dict(retainage_item_data)

                retainage.append(retainage_item)

        _cost_centers = d.pop("CostCenters", UNSET)
        cost_centers: list[InvoiceCreateCostCenter] | Unset = UNSET
        if _cost_centers is not UNSET:
            cost_centers = []
            for cost_centers_item_data in _cost_centers:
                cost_centers_item = InvoiceCreateCostCenter.from_dict(cost_centers_item_data)

                cost_centers.append(cost_centers_item)

        _instance = cls(
            type_=type_,
            jobs=jobs,
            date_issued=date_issued,
            payment_term_id=payment_term_id,
            payment_terms=payment_terms,
            progress_claim_number=progress_claim_number,
            stage=stage,
            per_item=per_item,
            order_no=order_no,
            late_payment_fee=late_payment_fee,
            cis_deduction_rate=cis_deduction_rate,
            accounting_category=accounting_category,
            status=status,
            auto_adjust_status=auto_adjust_status,
            description=description,
            notes=notes,
            retainage=retainage,
            cost_centers=cost_centers,
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
