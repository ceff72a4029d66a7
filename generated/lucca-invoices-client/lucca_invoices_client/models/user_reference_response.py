from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserReferenceResponse")


@_attrs_define
class UserReferenceResponse:
    """Reference to a user.

    Attributes:
        id (int | Unset):
        href (str | Unset):
        name (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        picture_href (None | str | Unset): **Read-only.** URL to this user picture image file.
    """

    id: int | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    picture_href: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        href = self.href
        name = self.name
        first_name = self.first_name
        last_name = self.last_name
        picture_href: None | str | Unset
        if isinstance(self.picture_href, Unset):
            picture_href = UNSET
        else:
            picture_href = self.picture_href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if not isinstance(href, Unset):
            field_dict["href"] = href
        if not isinstance(name, Unset):
            field_dict["name"] = name
        if not isinstance(first_name, Unset):
            field_dict["firstName"] = first_name
        if not isinstance(last_name, Unset):
            field_dict["lastName"] = last_name
        if not isinstance(picture_href, Unset):
            field_dict["pictureHref"] = picture_href

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        href = d.pop("href", UNSET)

        name = d.pop("name", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        def _parse_picture_href(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        picture_href = _parse_picture_href(d.pop("pictureHref", UNSET))

        _instance = cls(
            id=id,
            href=href,
            name=name,
            first_name=first_name,
            last_name=last_name,
            picture_href=picture_href,
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
