from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FitTimeUpdate")


@_attrs_define
class FitTimeUpdate:
    """
    Attributes:
        name (str | Unset):
        multiplier (float | Unset): This will multiply the amount of Time billed for the item it is assigned to. Please
            set a value greater than 0.
        display_order (int | Unset):
    """

    name: str | Unset = UNSET
    multiplier: float | Unset = UNSET
    display_order: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        multiplier = self.multiplier
        display_order = self.display_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(multiplier, Unset):
            field_dict["Multiplier"] = multiplier
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        multiplier = d.pop("Multiplier", UNSET)

        display_order = d.pop("DisplayOrder", UNSET)

        _instance = cls(
            name=name,
            multiplier=multiplier,
            display_order=display_order,
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
