from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="RetainageListItemTotal")


@_attrs_define
class RetainageListItemTotal:
    """
    Attributes:
        ex_tax (float): Total amount of an invoice excluding tax.
        inc_tax (float): Total amount of an invoice including tax.
        tax (float): Total Tax amount of an Invoice.
        reverse_charge_tax (float): This applies to only for builds in UK and IE.
        amount_applied (float): Total amount applied on an Invoice.
        balance_due (float): Total balance due on an Invoice.
    """

    ex_tax: float
    inc_tax: float
    tax: float
    reverse_charge_tax: float
    amount_applied: float
    balance_due: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ex_tax = self.ex_tax
        inc_tax = self.inc_tax
        tax = self.tax
        reverse_charge_tax = self.reverse_charge_tax
        amount_applied = self.amount_applied
        balance_due = self.balance_due

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(ex_tax, Unset):
            field_dict["ExTax"] = ex_tax
        if not isinstance(inc_tax, Unset):
            field_dict["IncTax"] = inc_tax
        if not isinstance(tax, Unset):
            field_dict["Tax"] = tax
        if not isinstance(reverse_charge_tax, Unset):
            field_dict["ReverseChargeTax"] = reverse_charge_tax
        if not isinstance(amount_applied, Unset):
            field_dict["AmountApplied"] = amount_applied
        if not isinstance(balance_due, Unset):
            field_dict["BalanceDue"] = balance_due

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ex_tax = d.pop("ExTax", UNSET)

        inc_tax = d.pop("IncTax", UNSET)

        tax = d.pop("Tax", UNSET)

        reverse_charge_tax = d.pop("ReverseChargeTax", UNSET)

        amount_applied = d.pop("AmountApplied", UNSET)

        balance_due = d.pop("BalanceDue", UNSET)

        _instance = cls(
            ex_tax=_unchecked(ex_tax),
            inc_tax=_unchecked(inc_tax),
            tax=_unchecked(tax),
            reverse_charge_tax=_unchecked(reverse_charge_tax),
            amount_applied=_unchecked(amount_applied),
            balance_due=_unchecked(balance_due),
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
