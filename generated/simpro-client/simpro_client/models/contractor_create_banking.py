from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contractor_create_banking_payment_terms import ContractorCreateBankingPaymentTerms


T = TypeVar("T", bound="ContractorCreateBanking")


@_attrs_define
class ContractorCreateBanking:
    """
    Attributes:
        account_name (str | Unset):
        routing_no (str | Unset):
        account_no (str | Unset):
        payment_term_id (int | Unset): ID of a Payment Term<br />This param is recommended for setting up the contractor
            payment term
        payment_terms (ContractorCreateBankingPaymentTerms | Unset):
    """

    account_name: str | Unset = UNSET
    routing_no: str | Unset = UNSET
    account_no: str | Unset = UNSET
    payment_term_id: int | Unset = UNSET
    payment_terms: ContractorCreateBankingPaymentTerms | Unset = UNSET
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
        from ..models.contractor_create_banking_payment_terms import ContractorCreateBankingPaymentTerms  # noqa: PLC0415

        d = dict(src_dict)
        account_name = d.pop("AccountName", UNSET)

        routing_no = d.pop("RoutingNo", UNSET)

        account_no = d.pop("AccountNo", UNSET)

        payment_term_id = d.pop("PaymentTermID", UNSET)

        _payment_terms = d.pop("PaymentTerms", UNSET)
        payment_terms: ContractorCreateBankingPaymentTerms | Unset
        if isinstance(_payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = ContractorCreateBankingPaymentTerms.from_dict(_payment_terms)

        _instance = cls(
            account_name=account_name,
            routing_no=routing_no,
            account_no=account_no,
            payment_term_id=payment_term_id,
            payment_terms=payment_terms,
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
