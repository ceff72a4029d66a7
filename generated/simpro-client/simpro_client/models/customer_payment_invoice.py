from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.customer_payment_invoice_invoice import CustomerPaymentInvoiceInvoice


T = TypeVar("T", bound="CustomerPaymentInvoice")


@_attrs_define
class CustomerPaymentInvoice:
    """
    Attributes:
        invoice (CustomerPaymentInvoiceInvoice):
        amount (float):
    """

    invoice: CustomerPaymentInvoiceInvoice
    amount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()
        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(invoice, Unset):
            field_dict["Invoice"] = invoice
        if not isinstance(amount, Unset):
            field_dict["Amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_payment_invoice_invoice import CustomerPaymentInvoiceInvoice  # noqa: PLC0415

        d = dict(src_dict)
        _invoice = d.pop("Invoice", UNSET)
        invoice: CustomerPaymentInvoiceInvoice | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = CustomerPaymentInvoiceInvoice.from_dict(_invoice)

        amount = d.pop("Amount", UNSET)

        _instance = cls(
            invoice=_unchecked(invoice),
            amount=_unchecked(amount),
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
