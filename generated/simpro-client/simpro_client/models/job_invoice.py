from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_invoice_stage import JobInvoiceStage
from ..models.job_invoice_type import JobInvoiceType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.currency_ref import CurrencyRef
    from ..models.customer_invoice_list_item_total import CustomerInvoiceListItemTotal
    from ..models.folder_ref import FolderRef
    from ..models.job_invoice_cost_center import JobInvoiceCostCenter
    from ..models.job_invoice_payment_terms import JobInvoicePaymentTerms
    from ..models.job_invoice_period import JobInvoicePeriod
    from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField
    from ..models.status_ref import StatusRef


T = TypeVar("T", bound="JobInvoice")


@_attrs_define
class JobInvoice:
    """
    Attributes:
        id (int):
        type_ (JobInvoiceType):
        date_issued (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null
            or Field=ne(null)
        period (JobInvoicePeriod):
        payment_terms (JobInvoicePaymentTerms):
        progress_claim_no (int):
        is_final_claim (bool): Return true if invoice is a progress claim and is marked as Final Claim.
        stage (JobInvoiceStage):
        date_approved (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        is_invoice_per_item (bool):
        late_payment_fee (float):
        st_cs_received (bool):
        vee_cs_received (bool):
        status (StatusRef):
        auto_status_change (bool): Set this to false if you would like to set status manually.
        is_voided (bool):
        is_credit (bool):
        is_paid (bool):
        is_retainage (bool):
        description (str):
        footnote (str):
        days_overdue (int):
        currency (CurrencyRef | str): The currency for this invoice. See Setup -> Currencies. Specify null or leave
            unspecified for the default currency.
        exchange_rate (float):
        total (CustomerInvoiceListItemTotal):
        retention (Amount):
        cost_centers (list[JobInvoiceCostCenter]):
        date_created (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        custom_fields (list[ReceivableContactListItemCustomField]): All of the custom fields for this customer invoice.
            See the custom fields handler for more information.
        acc_category (FolderRef | None | Unset):
    """

    id: int
    type_: JobInvoiceType
    date_issued: datetime.date
    period: JobInvoicePeriod
    payment_terms: JobInvoicePaymentTerms
    progress_claim_no: int
    is_final_claim: bool
    stage: JobInvoiceStage
    date_approved: datetime.datetime
    is_invoice_per_item: bool
    late_payment_fee: float
    st_cs_received: bool
    vee_cs_received: bool
    status: StatusRef
    auto_status_change: bool
    is_voided: bool
    is_credit: bool
    is_paid: bool
    is_retainage: bool
    description: str
    footnote: str
    days_overdue: int
    currency: CurrencyRef | str
    exchange_rate: float
    total: CustomerInvoiceListItemTotal
    retention: Amount
    cost_centers: list[JobInvoiceCostCenter]
    date_created: datetime.datetime
    date_modified: datetime.datetime
    custom_fields: list[ReceivableContactListItemCustomField]
    acc_category: FolderRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.currency_ref import CurrencyRef  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        id = self.id
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()
        payment_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_terms, Unset):
            payment_terms = self.payment_terms.to_dict()
        progress_claim_no = self.progress_claim_no
        is_final_claim = self.is_final_claim
        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        date_approved: str | Unset = UNSET
        if not isinstance(self.date_approved, Unset):
            date_approved = self.date_approved.isoformat()
        is_invoice_per_item = self.is_invoice_per_item
        late_payment_fee = self.late_payment_fee
        st_cs_received = self.st_cs_received
        vee_cs_received = self.vee_cs_received
        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()
        auto_status_change = self.auto_status_change
        is_voided = self.is_voided
        is_credit = self.is_credit
        is_paid = self.is_paid
        is_retainage = self.is_retainage
        description = self.description
        footnote = self.footnote
        days_overdue = self.days_overdue
        currency: dict[str, Any] | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, CurrencyRef):
            currency = self.currency.to_dict()
        else:
            currency = self.currency
        exchange_rate = self.exchange_rate
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        retention: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retention, Unset):
            retention = self.retention.to_dict()
        cost_centers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cost_centers, Unset):
            cost_centers = []
            for cost_centers_item_data in self.cost_centers:
                cost_centers_item = cost_centers_item_data.to_dict()
                cost_centers.append(cost_centers_item)

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

        acc_category: dict[str, Any] | None | Unset
        if isinstance(self.acc_category, Unset):
            acc_category = UNSET
        elif isinstance(self.acc_category, FolderRef):
            acc_category = self.acc_category.to_dict()
        else:
            acc_category = self.acc_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(period, Unset):
            field_dict["Period"] = period
        if not isinstance(payment_terms, Unset):
            field_dict["PaymentTerms"] = payment_terms
        if not isinstance(progress_claim_no, Unset):
            field_dict["ProgressClaimNo"] = progress_claim_no
        if not isinstance(is_final_claim, Unset):
            field_dict["IsFinalClaim"] = is_final_claim
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(date_approved, Unset):
            field_dict["DateApproved"] = date_approved
        if not isinstance(is_invoice_per_item, Unset):
            field_dict["IsInvoicePerItem"] = is_invoice_per_item
        if not isinstance(late_payment_fee, Unset):
            field_dict["LatePaymentFee"] = late_payment_fee
        if not isinstance(st_cs_received, Unset):
            field_dict["STCsReceived"] = st_cs_received
        if not isinstance(vee_cs_received, Unset):
            field_dict["VEECsReceived"] = vee_cs_received
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(auto_status_change, Unset):
            field_dict["AutoStatusChange"] = auto_status_change
        if not isinstance(is_voided, Unset):
            field_dict["IsVoided"] = is_voided
        if not isinstance(is_credit, Unset):
            field_dict["IsCredit"] = is_credit
        if not isinstance(is_paid, Unset):
            field_dict["IsPaid"] = is_paid
        if not isinstance(is_retainage, Unset):
            field_dict["IsRetainage"] = is_retainage
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(footnote, Unset):
            field_dict["Footnote"] = footnote
        if not isinstance(days_overdue, Unset):
            field_dict["DaysOverdue"] = days_overdue
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(exchange_rate, Unset):
            field_dict["ExchangeRate"] = exchange_rate
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(retention, Unset):
            field_dict["Retention"] = retention
        if not isinstance(cost_centers, Unset):
            field_dict["CostCenters"] = cost_centers
        if not isinstance(date_created, Unset):
            field_dict["DateCreated"] = date_created
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(acc_category, Unset):
            field_dict["AccCategory"] = acc_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.currency_ref import CurrencyRef  # noqa: PLC0415
        from ..models.customer_invoice_list_item_total import CustomerInvoiceListItemTotal  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415
        from ..models.job_invoice_cost_center import JobInvoiceCostCenter  # noqa: PLC0415
        from ..models.job_invoice_payment_terms import JobInvoicePaymentTerms  # noqa: PLC0415
        from ..models.job_invoice_period import JobInvoicePeriod  # noqa: PLC0415
        from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField  # noqa: PLC0415
        from ..models.status_ref import StatusRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: JobInvoiceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = JobInvoiceType.parse(_type_)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        _period = d.pop("Period", UNSET)
        period: JobInvoicePeriod | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = JobInvoicePeriod.from_dict(_period)

        _payment_terms = d.pop("PaymentTerms", UNSET)
        payment_terms: JobInvoicePaymentTerms | Unset
        if isinstance(_payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = JobInvoicePaymentTerms.from_dict(_payment_terms)

        progress_claim_no = d.pop("ProgressClaimNo", UNSET)

        is_final_claim = d.pop("IsFinalClaim", UNSET)

        _stage = d.pop("Stage", UNSET)
        stage: JobInvoiceStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = JobInvoiceStage.parse(_stage)

        _date_approved = d.pop("DateApproved", UNSET)
        date_approved: datetime.datetime | Unset
        if isinstance(_date_approved, Unset):
            date_approved = UNSET
        else:
            date_approved = datetime.datetime.fromisoformat(_date_approved)

        is_invoice_per_item = d.pop("IsInvoicePerItem", UNSET)

        late_payment_fee = d.pop("LatePaymentFee", UNSET)

        st_cs_received = d.pop("STCsReceived", UNSET)

        vee_cs_received = d.pop("VEECsReceived", UNSET)

        _status = d.pop("Status", UNSET)
        status: StatusRef | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatusRef.from_dict(_status)

        auto_status_change = d.pop("AutoStatusChange", UNSET)

        is_voided = d.pop("IsVoided", UNSET)

        is_credit = d.pop("IsCredit", UNSET)

        is_paid = d.pop("IsPaid", UNSET)

        is_retainage = d.pop("IsRetainage", UNSET)

        description = d.pop("Description", UNSET)

        footnote = d.pop("Footnote", UNSET)

        days_overdue = d.pop("DaysOverdue", UNSET)

        def _parse_currency(data: object) -> CurrencyRef | str | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if isinstance(data, Unset):
                return data
            partial_fits: list[CurrencyRef | str | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_1 = CurrencyRef.from_dict(data)

                if is_complete(currency_type_1):
                    return currency_type_1
                partial_fits.append(currency_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(CurrencyRef | str | Unset, data)

        currency = _parse_currency(d.pop("Currency", UNSET))

        exchange_rate = d.pop("ExchangeRate", UNSET)

        _total = d.pop("Total", UNSET)
        total: CustomerInvoiceListItemTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = CustomerInvoiceListItemTotal.from_dict(_total)

        _retention = d.pop("Retention", UNSET)
        retention: Amount | Unset
        if isinstance(_retention, Unset):
            retention = UNSET
        else:
            retention = Amount.from_dict(_retention)

        _cost_centers = d.pop("CostCenters", UNSET)
        cost_centers: list[JobInvoiceCostCenter] | Unset = UNSET
        if _cost_centers is not UNSET:
            cost_centers = []
            for cost_centers_item_data in _cost_centers:
                cost_centers_item = JobInvoiceCostCenter.from_dict(cost_centers_item_data)

                cost_centers.append(cost_centers_item)

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

        def _parse_acc_category(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                acc_category_type_1 = FolderRef.from_dict(data)

                if is_complete(acc_category_type_1):
                    return acc_category_type_1
                partial_fits.append(acc_category_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        acc_category = _parse_acc_category(d.pop("AccCategory", UNSET))

        _instance = cls(
            id=_unchecked(id),
            type_=_unchecked(type_),
            date_issued=_unchecked(date_issued),
            period=_unchecked(period),
            payment_terms=_unchecked(payment_terms),
            progress_claim_no=_unchecked(progress_claim_no),
            is_final_claim=_unchecked(is_final_claim),
            stage=_unchecked(stage),
            date_approved=_unchecked(date_approved),
            is_invoice_per_item=_unchecked(is_invoice_per_item),
            late_payment_fee=_unchecked(late_payment_fee),
            st_cs_received=_unchecked(st_cs_received),
            vee_cs_received=_unchecked(vee_cs_received),
            status=_unchecked(status),
            auto_status_change=_unchecked(auto_status_change),
            is_voided=_unchecked(is_voided),
            is_credit=_unchecked(is_credit),
            is_paid=_unchecked(is_paid),
            is_retainage=_unchecked(is_retainage),
            description=_unchecked(description),
            footnote=_unchecked(footnote),
            days_overdue=_unchecked(days_overdue),
            currency=_unchecked(currency),
            exchange_rate=_unchecked(exchange_rate),
            total=_unchecked(total),
            retention=_unchecked(retention),
            cost_centers=_unchecked(cost_centers),
            date_created=_unchecked(date_created),
            date_modified=_unchecked(date_modified),
            custom_fields=_unchecked(custom_fields),
            acc_category=acc_category,
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
