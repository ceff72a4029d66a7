from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxBreakdown")


@_attrs_define
class TaxBreakdown:
    """
    Attributes:
        tax (float | Unset):
        amount_ex_tax (float | Unset):
        amount_inc_tax (float | Unset):
        tax_code (str | Unset):
        tax_rate (float | Unset):
        tax_name (str | Unset):
        tax_type (float | Unset):
    """

    tax: float | Unset = UNSET
    amount_ex_tax: float | Unset = UNSET
    amount_inc_tax: float | Unset = UNSET
    tax_code: str | Unset = UNSET
    tax_rate: float | Unset = UNSET
    tax_name: str | Unset = UNSET
    tax_type: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax = self.tax
        amount_ex_tax = self.amount_ex_tax
        amount_inc_tax = self.amount_inc_tax
        tax_code = self.tax_code
        tax_rate = self.tax_rate
        tax_name = self.tax_name
        tax_type = self.tax_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(tax, Unset):
            field_dict["Tax"] = tax
        if not isinstance(amount_ex_tax, Unset):
            field_dict["AmountExTax"] = amount_ex_tax
        if not isinstance(amount_inc_tax, Unset):
            field_dict["AmountIncTax"] = amount_inc_tax
        if not isinstance(tax_code, Unset):
            field_dict["TaxCode"] = tax_code
        if not isinstance(tax_rate, Unset):
            field_dict["TaxRate"] = tax_rate
        if not isinstance(tax_name, Unset):
            field_dict["TaxName"] = tax_name
        if not isinstance(tax_type, Unset):
            field_dict["TaxType"] = tax_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tax = d.pop("Tax", UNSET)

        amount_ex_tax = d.pop("AmountExTax", UNSET)

        amount_inc_tax = d.pop("AmountIncTax", UNSET)

        tax_code = d.pop("TaxCode", UNSET)

        tax_rate = d.pop("TaxRate", UNSET)

        tax_name = d.pop("TaxName", UNSET)

        tax_type = d.pop("TaxType", UNSET)

        _instance = cls(
            tax=tax,
            amount_ex_tax=amount_ex_tax,
            amount_inc_tax=amount_inc_tax,
            tax_code=tax_code,
            tax_rate=tax_rate,
            tax_name=tax_name,
            tax_type=tax_type,
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
