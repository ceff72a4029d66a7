from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="AssetTypeServiceLevelCreate")


@_attrs_define
class AssetTypeServiceLevelCreate:
    """
    Attributes:
        service_level (int): ID of a service level
        prebuild (int | Unset): ID of a prebuild
        display_order (int | Unset):
        is_default (bool | Unset):
    """

    service_level: int
    prebuild: int | Unset = UNSET
    display_order: int | Unset = UNSET
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_level = self.service_level
        prebuild = self.prebuild
        display_order = self.display_order
        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(service_level, Unset):
            field_dict["ServiceLevel"] = service_level
        if not isinstance(prebuild, Unset):
            field_dict["Prebuild"] = prebuild
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(is_default, Unset):
            field_dict["IsDefault"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_level = d.pop("ServiceLevel", UNSET)

        prebuild = d.pop("Prebuild", UNSET)

        display_order = d.pop("DisplayOrder", UNSET)

        is_default = d.pop("IsDefault", UNSET)

        _instance = cls(
            service_level=_unchecked(service_level),
            prebuild=prebuild,
            display_order=display_order,
            is_default=is_default,
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
