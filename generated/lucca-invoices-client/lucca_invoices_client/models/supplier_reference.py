from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.territory_reference import TerritoryReference


T = TypeVar("T", bound="SupplierReference")


@_attrs_define
class SupplierReference:
    """
    Attributes:
        id (int | Unset):
        type_ (str | Unset):
        href (str | Unset):
        name (str | Unset):
        territory (TerritoryReference | Unset):
        flag (str | Unset):
    """

    id: int | Unset = UNSET
    type_: str | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    territory: TerritoryReference | Unset = UNSET
    flag: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        type_ = self.type_
        href = self.href
        name = self.name
        territory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.territory, Unset):
            territory = self.territory.to_dict()
        flag = self.flag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if not isinstance(type_, Unset):
            field_dict["type"] = type_
        if not isinstance(href, Unset):
            field_dict["href"] = href
        if not isinstance(name, Unset):
            field_dict["name"] = name
        if not isinstance(territory, Unset):
            field_dict["territory"] = territory
        if not isinstance(flag, Unset):
            field_dict["flag"] = flag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.territory_reference import TerritoryReference  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        href = d.pop("href", UNSET)

        name = d.pop("name", UNSET)

        _territory = d.pop("territory", UNSET)
        territory: TerritoryReference | Unset
        if isinstance(_territory, Unset):
            territory = UNSET
        else:
            territory = TerritoryReference.from_dict(_territory)

        flag = d.pop("flag", UNSET)

        _instance = cls(
            id=id,
            type_=type_,
            href=href,
            name=name,
            territory=territory,
            flag=flag,
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
