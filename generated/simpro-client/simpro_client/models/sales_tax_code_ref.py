from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_tax_code_ref_type import SalesTaxCodeRefType
from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="SalesTaxCodeRef")


@_attrs_define
class SalesTaxCodeRef:
    """
    Attributes:
        id (int):
        code (str): Tax code
        type_ (SalesTaxCodeRefType):
        rate (float): Tax rate
    """

    id: int
    code: str
    type_: SalesTaxCodeRefType
    rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        code = self.code
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        rate = self.rate

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

        _instance = cls(
            id=_unchecked(id),
            code=_unchecked(code),
            type_=_unchecked(type_),
            rate=_unchecked(rate),
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
