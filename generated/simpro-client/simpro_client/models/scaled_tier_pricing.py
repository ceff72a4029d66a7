from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="ScaledTierPricing")


@_attrs_define
class ScaledTierPricing:
    """
    Attributes:
        scaled_price (float): Scaled price in float
        markup (float): Markup percentage
    """

    scaled_price: float
    markup: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scaled_price = self.scaled_price
        markup = self.markup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(scaled_price, Unset):
            field_dict["ScaledPrice"] = scaled_price
        if not isinstance(markup, Unset):
            field_dict["Markup"] = markup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scaled_price = d.pop("ScaledPrice", UNSET)

        markup = d.pop("Markup", UNSET)

        _instance = cls(
            scaled_price=_unchecked(scaled_price),
            markup=_unchecked(markup),
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
