from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="CompanyAddress")


@_attrs_define
class CompanyAddress:
    """
    Attributes:
        line_1 (str):
        line_2 (str):
    """

    line_1: str
    line_2: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_1 = self.line_1
        line_2 = self.line_2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(line_1, Unset):
            field_dict["Line1"] = line_1
        if not isinstance(line_2, Unset):
            field_dict["Line2"] = line_2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        line_1 = d.pop("Line1", UNSET)

        line_2 = d.pop("Line2", UNSET)

        _instance = cls(
            line_1=_unchecked(line_1),
            line_2=_unchecked(line_2),
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
