from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CombineTaxCodeUpdate")


@_attrs_define
class CombineTaxCodeUpdate:
    """
    Attributes:
        code (str | Unset): Tax code
        name (str | Unset): Tax code name
        rate (float | Unset): Tax rate
        reverse_tax_enabled (bool | Unset): Reverse Charge Tax Code.
        is_part_income_default (bool | Unset): Set this tax code as default income tax code for parts.
        is_labor_income_default (bool | Unset): Set this tax code as default income tax code for labors.
        is_purchase_default (bool | Unset): Set this tax code as default purchase tax code.
        archived (bool | Unset): Archive this tax code.
        members (list[int] | Unset): Assign component and/or single tax codes to this tax code. The combined tax code
            will represent the sum total of its tax code members. (US only)
    """

    code: str | Unset = UNSET
    name: str | Unset = UNSET
    rate: float | Unset = UNSET
    reverse_tax_enabled: bool | Unset = UNSET
    is_part_income_default: bool | Unset = UNSET
    is_labor_income_default: bool | Unset = UNSET
    is_purchase_default: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    members: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code
        name = self.name
        rate = self.rate
        reverse_tax_enabled = self.reverse_tax_enabled
        is_part_income_default = self.is_part_income_default
        is_labor_income_default = self.is_labor_income_default
        is_purchase_default = self.is_purchase_default
        archived = self.archived
        members: list[int] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = self.members

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(code, Unset):
            field_dict["Code"] = code
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(rate, Unset):
            field_dict["Rate"] = rate
        if not isinstance(reverse_tax_enabled, Unset):
            field_dict["ReverseTaxEnabled"] = reverse_tax_enabled
        if not isinstance(is_part_income_default, Unset):
            field_dict["IsPartIncomeDefault"] = is_part_income_default
        if not isinstance(is_labor_income_default, Unset):
            field_dict["IsLaborIncomeDefault"] = is_labor_income_default
        if not isinstance(is_purchase_default, Unset):
            field_dict["IsPurchaseDefault"] = is_purchase_default
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(members, Unset):
            field_dict["Members"] = members

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("Code", UNSET)

        name = d.pop("Name", UNSET)

        rate = d.pop("Rate", UNSET)

        reverse_tax_enabled = d.pop("ReverseTaxEnabled", UNSET)

        is_part_income_default = d.pop("IsPartIncomeDefault", UNSET)

        is_labor_income_default = d.pop("IsLaborIncomeDefault", UNSET)

        is_purchase_default = d.pop("IsPurchaseDefault", UNSET)

        archived = d.pop("Archived", UNSET)

        members = cast(list[int], d.pop("Members", UNSET))

        _instance = cls(
            code=code,
            name=name,
            rate=rate,
            reverse_tax_enabled=reverse_tax_enabled,
            is_part_income_default=is_part_income_default,
            is_labor_income_default=is_labor_income_default,
            is_purchase_default=is_purchase_default,
            archived=archived,
            members=members,
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
