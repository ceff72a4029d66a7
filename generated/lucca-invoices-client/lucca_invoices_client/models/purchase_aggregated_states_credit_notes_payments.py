from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseAggregatedStatesCreditNotesPayments")


@_attrs_define
class PurchaseAggregatedStatesCreditNotesPayments:
    """
    Attributes:
        available (int | Unset):
        consumed (int | Unset):
        unavailable (int | Unset):
    """

    available: int | Unset = UNSET
    consumed: int | Unset = UNSET
    unavailable: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available = self.available
        consumed = self.consumed
        unavailable = self.unavailable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(available, Unset):
            field_dict["available"] = available
        if not isinstance(consumed, Unset):
            field_dict["consumed"] = consumed
        if not isinstance(unavailable, Unset):
            field_dict["unavailable"] = unavailable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available = d.pop("available", UNSET)

        consumed = d.pop("consumed", UNSET)

        unavailable = d.pop("unavailable", UNSET)

        _instance = cls(
            available=available,
            consumed=consumed,
            unavailable=unavailable,
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
