from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="Totals")


@_attrs_define
class Totals:
    """
    Attributes:
        price_ex (float):
        price_inc (float):
        estimated_time (float):
    """

    price_ex: float
    price_inc: float
    estimated_time: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_ex = self.price_ex
        price_inc = self.price_inc
        estimated_time = self.estimated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(price_ex, Unset):
            field_dict["PriceEx"] = price_ex
        if not isinstance(price_inc, Unset):
            field_dict["PriceInc"] = price_inc
        if not isinstance(estimated_time, Unset):
            field_dict["EstimatedTime"] = estimated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        price_ex = d.pop("PriceEx", UNSET)

        price_inc = d.pop("PriceInc", UNSET)

        estimated_time = d.pop("EstimatedTime", UNSET)

        _instance = cls(
            price_ex=_unchecked(price_ex),
            price_inc=_unchecked(price_inc),
            estimated_time=_unchecked(estimated_time),
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
