from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="ComponentTaxCodeCreate")


@_attrs_define
class ComponentTaxCodeCreate:
    """
    Attributes:
        code (str): Tax code
        name (str | Unset): Tax code name
        rate (float | Unset): Tax rate
        reverse_tax_enabled (bool | Unset): Reverse Charge Tax Code.
        archived (bool | Unset): Archive this tax code.
    """

    code: str
    name: str | Unset = UNSET
    rate: float | Unset = UNSET
    reverse_tax_enabled: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code
        name = self.name
        rate = self.rate
        reverse_tax_enabled = self.reverse_tax_enabled
        archived = self.archived

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
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("Code", UNSET)

        name = d.pop("Name", UNSET)

        rate = d.pop("Rate", UNSET)

        reverse_tax_enabled = d.pop("ReverseTaxEnabled", UNSET)

        archived = d.pop("Archived", UNSET)

        _instance = cls(
            code=_unchecked(code),
            name=name,
            rate=rate,
            reverse_tax_enabled=reverse_tax_enabled,
            archived=archived,
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
