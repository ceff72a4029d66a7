from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractorUpdateRates")


@_attrs_define
class ContractorUpdateRates:
    """
    Attributes:
        pay_rate (float | Unset):
        employment_cost (float | Unset):
        overhead (float | Unset):
        tax_code (int | Unset): ID of a tax code
    """

    pay_rate: float | Unset = UNSET
    employment_cost: float | Unset = UNSET
    overhead: float | Unset = UNSET
    tax_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pay_rate = self.pay_rate
        employment_cost = self.employment_cost
        overhead = self.overhead
        tax_code = self.tax_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(pay_rate, Unset):
            field_dict["PayRate"] = pay_rate
        if not isinstance(employment_cost, Unset):
            field_dict["EmploymentCost"] = employment_cost
        if not isinstance(overhead, Unset):
            field_dict["Overhead"] = overhead
        if not isinstance(tax_code, Unset):
            field_dict["TaxCode"] = tax_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pay_rate = d.pop("PayRate", UNSET)

        employment_cost = d.pop("EmploymentCost", UNSET)

        overhead = d.pop("Overhead", UNSET)

        tax_code = d.pop("TaxCode", UNSET)

        _instance = cls(
            pay_rate=pay_rate,
            employment_cost=employment_cost,
            overhead=overhead,
            tax_code=tax_code,
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
