from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="AssetTransferCreate")


@_attrs_define
class AssetTransferCreate:
    """
    Attributes:
        site_id (int): ID of the site to transfer to
        include_children (bool | Unset):
    """

    site_id: int
    include_children: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        site_id = self.site_id
        include_children = self.include_children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(site_id, Unset):
            field_dict["SiteID"] = site_id
        if not isinstance(include_children, Unset):
            field_dict["IncludeChildren"] = include_children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        site_id = d.pop("SiteID", UNSET)

        include_children = d.pop("IncludeChildren", UNSET)

        _instance = cls(
            site_id=_unchecked(site_id),
            include_children=include_children,
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
