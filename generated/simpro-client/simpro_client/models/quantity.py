from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="Quantity")


@_attrs_define
class Quantity:
    """
    Attributes:
        total (float): Total item quantity in job cost center.
        remaining (float): Claim-able remaining item quantity of jo cost center.
        claimed (float): Claimed/Invoiced item quantity when invoiced per item.
    """

    total: float
    remaining: float
    claimed: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total
        remaining = self.remaining
        claimed = self.claimed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(remaining, Unset):
            field_dict["Remaining"] = remaining
        if not isinstance(claimed, Unset):
            field_dict["Claimed"] = claimed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("Total", UNSET)

        remaining = d.pop("Remaining", UNSET)

        claimed = d.pop("Claimed", UNSET)

        _instance = cls(
            total=_unchecked(total),
            remaining=_unchecked(remaining),
            claimed=_unchecked(claimed),
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
