from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="CustomerPaymentCreateInvoice")


@_attrs_define
class CustomerPaymentCreateInvoice:
    """
    Attributes:
        invoice (int): ID of a customer invoice
        amount (float): Amount to be paid to the customer invoice.
    """

    invoice: int
    amount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice = self.invoice
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
        d = dict(src_dict)
        invoice = d.pop("Invoice", UNSET)

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
