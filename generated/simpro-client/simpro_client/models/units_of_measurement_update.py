from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitsOfMeasurementUpdate")


@_attrs_define
class UnitsOfMeasurementUpdate:
    """
    Attributes:
        name (str | Unset):
        whole_no_only (bool | Unset): Set this to true to prevent this item from being allocated in fractions of a unit,
            for example, 1.5 units
    """

    name: str | Unset = UNSET
    whole_no_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        whole_no_only = self.whole_no_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(whole_no_only, Unset):
            field_dict["WholeNoOnly"] = whole_no_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        whole_no_only = d.pop("WholeNoOnly", UNSET)

        _instance = cls(
            name=name,
            whole_no_only=whole_no_only,
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
