from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_tax_code_ref_type import SalesTaxCodeRefType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyCustomerRatesLabourTaxCodeRef")


@_attrs_define
class CompanyCustomerRatesLabourTaxCodeRef:
    """
    Attributes:
        id (int | Unset):
        code (str | Unset): Tax code
        type_ (SalesTaxCodeRefType | Unset):
        rate (float | Unset): Tax rate
        reverse_tax_enabled (bool | Unset): Reverse Charge Tax Code.
    """

    id: int | Unset = UNSET
    code: str | Unset = UNSET
    type_: SalesTaxCodeRefType | Unset = UNSET
    rate: float | Unset = UNSET
    reverse_tax_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        code = self.code
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        rate = self.rate
        reverse_tax_enabled = self.reverse_tax_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(code, Unset):
            field_dict["Code"] = code
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(rate, Unset):
            field_dict["Rate"] = rate
        if not isinstance(reverse_tax_enabled, Unset):
            field_dict["ReverseTaxEnabled"] = reverse_tax_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        code = d.pop("Code", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: SalesTaxCodeRefType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SalesTaxCodeRefType.parse(_type_)

        rate = d.pop("Rate", UNSET)

        reverse_tax_enabled = d.pop("ReverseTaxEnabled", UNSET)

        _instance = cls(
            id=id,
            code=code,
            type_=type_,
            rate=rate,
            reverse_tax_enabled=reverse_tax_enabled,
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
