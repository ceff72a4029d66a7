from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="VendorReceiptCatalogsTotal")


@_attrs_define
class VendorReceiptCatalogsTotal:
    """
    Attributes:
        ex_tax (float): Please specify either ExTax or IncTax. The other will be calculated.
        inc_tax (float): Please specify either ExTax or IncTax. The other will be calculated.
    """

    ex_tax: float
    inc_tax: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ex_tax = self.ex_tax
        inc_tax = self.inc_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(ex_tax, Unset):
            field_dict["ExTax"] = ex_tax
        if not isinstance(inc_tax, Unset):
            field_dict["IncTax"] = inc_tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ex_tax = d.pop("ExTax", UNSET)

        inc_tax = d.pop("IncTax", UNSET)

        _instance = cls(
            ex_tax=_unchecked(ex_tax),
            inc_tax=_unchecked(inc_tax),
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
