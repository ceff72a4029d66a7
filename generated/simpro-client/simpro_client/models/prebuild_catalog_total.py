from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="PrebuildCatalogTotal")


@_attrs_define
class PrebuildCatalogTotal:
    """
    Attributes:
        cost (float):
        labor_time (float):
    """

    cost: float
    labor_time: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost
        labor_time = self.labor_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(cost, Unset):
            field_dict["Cost"] = cost
        if not isinstance(labor_time, Unset):
            field_dict["LaborTime"] = labor_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost = d.pop("Cost", UNSET)

        labor_time = d.pop("LaborTime", UNSET)

        _instance = cls(
            cost=_unchecked(cost),
            labor_time=_unchecked(labor_time),
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
