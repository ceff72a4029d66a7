from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="StockValue")


@_attrs_define
class StockValue:
    """
    Attributes:
        before (int):
        adjustment_amount (str):
        after (int):
    """

    before: int
    adjustment_amount: str
    after: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        before = self.before
        adjustment_amount = self.adjustment_amount
        after = self.after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(before, Unset):
            field_dict["Before"] = before
        if not isinstance(adjustment_amount, Unset):
            field_dict["AdjustmentAmount"] = adjustment_amount
        if not isinstance(after, Unset):
            field_dict["After"] = after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        before = d.pop("Before", UNSET)

        adjustment_amount = d.pop("AdjustmentAmount", UNSET)

        after = d.pop("After", UNSET)

        _instance = cls(
            before=_unchecked(before),
            adjustment_amount=_unchecked(adjustment_amount),
            after=_unchecked(after),
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
