from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.payable_contact_banking_payment_terms import PayableContactBankingPaymentTerms


T = TypeVar("T", bound="PayableContactBanking")


@_attrs_define
class PayableContactBanking:
    """
    Attributes:
        account_name (str): Account name
        routing_no (str): BSB / Routing number
        account_no (str): Account number
        payment_term_id (int): ID of a Payment Term<br />This param is recommended for setting up the customer payment
            term
        payment_terms (PayableContactBankingPaymentTerms):
    """

    account_name: str
    routing_no: str
    account_no: str
    payment_term_id: int
    payment_terms: PayableContactBankingPaymentTerms
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_name = self.account_name
        routing_no = self.routing_no
        account_no = self.account_no
        payment_term_id = self.payment_term_id
        payment_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_terms, Unset):
            payment_terms = self.payment_terms.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(account_name, Unset):
            field_dict["AccountName"] = account_name
        if not isinstance(routing_no, Unset):
            field_dict["RoutingNo"] = routing_no
        if not isinstance(account_no, Unset):
            field_dict["AccountNo"] = account_no
        if not isinstance(payment_term_id, Unset):
            field_dict["PaymentTermID"] = payment_term_id
        if not isinstance(payment_terms, Unset):
            field_dict["PaymentTerms"] = payment_terms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payable_contact_banking_payment_terms import PayableContactBankingPaymentTerms  # noqa: PLC0415

        d = dict(src_dict)
        account_name = d.pop("AccountName", UNSET)

        routing_no = d.pop("RoutingNo", UNSET)

        account_no = d.pop("AccountNo", UNSET)

        payment_term_id = d.pop("PaymentTermID", UNSET)

        _payment_terms = d.pop("PaymentTerms", UNSET)
        payment_terms: PayableContactBankingPaymentTerms | Unset
        if isinstance(_payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = PayableContactBankingPaymentTerms.from_dict(_payment_terms)

        _instance = cls(
            account_name=_unchecked(account_name),
            routing_no=_unchecked(routing_no),
            account_no=_unchecked(account_no),
            payment_term_id=_unchecked(payment_term_id),
            payment_terms=_unchecked(payment_terms),
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
