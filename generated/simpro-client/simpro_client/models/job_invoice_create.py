from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_invoice_stage import JobInvoiceStage
from ..models.job_invoice_type import JobInvoiceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_invoice_create_cost_center import JobInvoiceCreateCostCenter
    from ..models.job_invoice_create_payment_terms import JobInvoiceCreatePaymentTerms


T = TypeVar("T", bound="JobInvoiceCreate")


@_attrs_define
class JobInvoiceCreate:
    """
    Attributes:
        type_ (JobInvoiceType | Unset):
        date_issued (datetime.date | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        payment_terms (JobInvoiceCreatePaymentTerms | Unset):
        stage (JobInvoiceStage | Unset):
        is_invoice_per_item (bool | Unset):
        late_payment_fee (float | Unset):
        st_cs_received (bool | Unset):
        vee_cs_received (bool | Unset):
        status (int | Unset): ID of a customer invoice status code
        auto_status_change (bool | Unset): Set this to false if you would like to set status manually.
        description (str | Unset):
        footnote (str | Unset):
        currency (str | Unset): ID of a currency
        cost_centers (list[JobInvoiceCreateCostCenter] | Unset):
    """

    type_: JobInvoiceType | Unset = UNSET
    date_issued: datetime.date | Unset = UNSET
    payment_terms: JobInvoiceCreatePaymentTerms | Unset = UNSET
    stage: JobInvoiceStage | Unset = UNSET
    is_invoice_per_item: bool | Unset = UNSET
    late_payment_fee: float | Unset = UNSET
    st_cs_received: bool | Unset = UNSET
    vee_cs_received: bool | Unset = UNSET
    status: int | Unset = UNSET
    auto_status_change: bool | Unset = UNSET
    description: str | Unset = UNSET
    footnote: str | Unset = UNSET
    currency: str | Unset = UNSET
    cost_centers: list[JobInvoiceCreateCostCenter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        payment_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_terms, Unset):
            payment_terms = self.payment_terms.to_dict()
        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        is_invoice_per_item = self.is_invoice_per_item
        late_payment_fee = self.late_payment_fee
        st_cs_received = self.st_cs_received
        vee_cs_received = self.vee_cs_received
        status = self.status
        auto_status_change = self.auto_status_change
        description = self.description
        footnote = self.footnote
        currency = self.currency
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
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(payment_terms, Unset):
            field_dict["PaymentTerms"] = payment_terms
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
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
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(footnote, Unset):
            field_dict["Footnote"] = footnote
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(cost_centers, Unset):
            field_dict["CostCenters"] = cost_centers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_invoice_create_cost_center import JobInvoiceCreateCostCenter  # noqa: PLC0415
        from ..models.job_invoice_create_payment_terms import JobInvoiceCreatePaymentTerms  # noqa: PLC0415

        d = dict(src_dict)
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

        _payment_terms = d.pop("PaymentTerms", UNSET)
        payment_terms: JobInvoiceCreatePaymentTerms | Unset
        if isinstance(_payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = JobInvoiceCreatePaymentTerms.from_dict(_payment_terms)

        _stage = d.pop("Stage", UNSET)
        stage: JobInvoiceStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = JobInvoiceStage.parse(_stage)

        is_invoice_per_item = d.pop("IsInvoicePerItem", UNSET)

        late_payment_fee = d.pop("LatePaymentFee", UNSET)

        st_cs_received = d.pop("STCsReceived", UNSET)

        vee_cs_received = d.pop("VEECsReceived", UNSET)

        status = d.pop("Status", UNSET)

        auto_status_change = d.pop("AutoStatusChange", UNSET)

        description = d.pop("Description", UNSET)

        footnote = d.pop("Footnote", UNSET)

        currency = d.pop("Currency", UNSET)

        _cost_centers = d.pop("CostCenters", UNSET)
        cost_centers: list[JobInvoiceCreateCostCenter] | Unset = UNSET
        if _cost_centers is not UNSET:
            cost_centers = []
            for cost_centers_item_data in _cost_centers:
                cost_centers_item = JobInvoiceCreateCostCenter.from_dict(cost_centers_item_data)

                cost_centers.append(cost_centers_item)

        _instance = cls(
            type_=type_,
            date_issued=date_issued,
            payment_terms=payment_terms,
            stage=stage,
            is_invoice_per_item=is_invoice_per_item,
            late_payment_fee=late_payment_fee,
            st_cs_received=st_cs_received,
            vee_cs_received=vee_cs_received,
            status=status,
            auto_status_change=auto_status_change,
            description=description,
            footnote=footnote,
            currency=currency,
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
