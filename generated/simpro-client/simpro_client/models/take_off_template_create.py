from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="TakeOffTemplateCreate")


@_attrs_define
class TakeOffTemplateCreate:
    """
    Attributes:
        group (int): ID of a take off template group
        name (str | Unset): Name of Take Off Template.
        sub_group (int | Unset): ID of a take off template sub group
    """

    group: int
    name: str | Unset = UNSET
    sub_group: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group
        name = self.name
        sub_group = self.sub_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(group, Unset):
            field_dict["Group"] = group
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(sub_group, Unset):
            field_dict["SubGroup"] = sub_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group = d.pop("Group", UNSET)

        name = d.pop("Name", UNSET)

        sub_group = d.pop("SubGroup", UNSET)

        _instance = cls(
            group=_unchecked(group),
            name=name,
            sub_group=sub_group,
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
