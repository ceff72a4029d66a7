from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoicing_retainage_hold import InvoicingRetainageHold
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contractor_create_banking_payment_terms import ContractorCreateBankingPaymentTerms


T = TypeVar("T", bound="CompanyCustomerCreateBanking")


@_attrs_define
class CompanyCustomerCreateBanking:
    """
    Attributes:
        account_name (str | Unset): Account name
        routing_no (str | Unset): BSB / Routing number
        account_no (str | Unset): Account number
        payment_method (int | Unset): ID of a payment method
        payment_term_id (int | Unset): ID of a Payment Term<br />This param is recommended for setting up the customer
            payment term
        payment_terms (ContractorCreateBankingPaymentTerms | Unset):
        credit_limit (float | Unset): Credit limit
        on_stop (bool | Unset): Whether the credit in on stop
        retention (InvoicingRetainageHold | Unset):
        vendor_order_no_required (bool | Unset): Whether a purchase order number is required
    """

    account_name: str | Unset = UNSET
    routing_no: str | Unset = UNSET
    account_no: str | Unset = UNSET
    payment_method: int | Unset = UNSET
    payment_term_id: int | Unset = UNSET
    payment_terms: ContractorCreateBankingPaymentTerms | Unset = UNSET
    credit_limit: float | Unset = UNSET
    on_stop: bool | Unset = UNSET
    retention: InvoicingRetainageHold | Unset = UNSET
    vendor_order_no_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_name = self.account_name
        routing_no = self.routing_no
        account_no = self.account_no
        payment_method = self.payment_method
        payment_term_id = self.payment_term_id
        payment_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_terms, Unset):
            payment_terms = self.payment_terms.to_dict()
        credit_limit = self.credit_limit
        on_stop = self.on_stop
        retention: str | Unset = UNSET
        if not isinstance(self.retention, Unset):
            retention = self.retention.value

        vendor_order_no_required = self.vendor_order_no_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(account_name, Unset):
            field_dict["AccountName"] = account_name
        if not isinstance(routing_no, Unset):
            field_dict["RoutingNo"] = routing_no
        if not isinstance(account_no, Unset):
            field_dict["AccountNo"] = account_no
        if not isinstance(payment_method, Unset):
            field_dict["PaymentMethod"] = payment_method
        if not isinstance(payment_term_id, Unset):
            field_dict["PaymentTermID"] = payment_term_id
        if not isinstance(payment_terms, Unset):
            field_dict["PaymentTerms"] = payment_terms
        if not isinstance(credit_limit, Unset):
            field_dict["CreditLimit"] = credit_limit
        if not isinstance(on_stop, Unset):
            field_dict["OnStop"] = on_stop
        if not isinstance(retention, Unset):
            field_dict["Retention"] = retention
        if not isinstance(vendor_order_no_required, Unset):
            field_dict["VendorOrderNoRequired"] = vendor_order_no_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contractor_create_banking_payment_terms import ContractorCreateBankingPaymentTerms  # noqa: PLC0415

        d = dict(src_dict)
        account_name = d.pop("AccountName", UNSET)

        routing_no = d.pop("RoutingNo", UNSET)

        account_no = d.pop("AccountNo", UNSET)

        payment_method = d.pop("PaymentMethod", UNSET)

        payment_term_id = d.pop("PaymentTermID", UNSET)

        _payment_terms = d.pop("PaymentTerms", UNSET)
        payment_terms: ContractorCreateBankingPaymentTerms | Unset
        if isinstance(_payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = ContractorCreateBankingPaymentTerms.from_dict(_payment_terms)

        credit_limit = d.pop("CreditLimit", UNSET)

        on_stop = d.pop("OnStop", UNSET)

        _retention = d.pop("Retention", UNSET)
        retention: InvoicingRetainageHold | Unset
        if isinstance(_retention, Unset):
            retention = UNSET
        else:
            retention = InvoicingRetainageHold.parse(_retention)

        vendor_order_no_required = d.pop("VendorOrderNoRequired", UNSET)

        _instance = cls(
            account_name=account_name,
            routing_no=routing_no,
            account_no=account_no,
            payment_method=payment_method,
            payment_term_id=payment_term_id,
            payment_terms=payment_terms,
            credit_limit=credit_limit,
            on_stop=on_stop,
            retention=retention,
            vendor_order_no_required=vendor_order_no_required,
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
