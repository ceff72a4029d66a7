from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileReference")


@_attrs_define
class FileReference:
    """
    Attributes:
        id (UUID | Unset):
        href (str | Unset):
        name (str | Unset):
        display_href (str | Unset):
    """

    id: UUID | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    display_href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)
        href = self.href
        name = self.name
        display_href = self.display_href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if not isinstance(href, Unset):
            field_dict["href"] = href
        if not isinstance(name, Unset):
            field_dict["name"] = name
        if not isinstance(display_href, Unset):
            field_dict["displayHref"] = display_href

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        href = d.pop("href", UNSET)

        name = d.pop("name", UNSET)

        display_href = d.pop("displayHref", UNSET)

        _instance = cls(
            id=id,
            href=href,
            name=name,
            display_href=display_href,
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
