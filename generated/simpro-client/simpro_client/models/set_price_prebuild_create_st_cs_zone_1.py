from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetPricePrebuildCreateSTCsZone1")


@_attrs_define
class SetPricePrebuildCreateSTCsZone1:
    """
    Attributes:
        number_of_st_cs (float | Unset):
    """

    number_of_st_cs: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_of_st_cs = self.number_of_st_cs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(number_of_st_cs, Unset):
            field_dict["NumberOfSTCs"] = number_of_st_cs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number_of_st_cs = d.pop("NumberOfSTCs", UNSET)

        _instance = cls(
            number_of_st_cs=number_of_st_cs,
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
