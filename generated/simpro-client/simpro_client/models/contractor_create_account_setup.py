from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractorCreateAccountSetup")


@_attrs_define
class ContractorCreateAccountSetup:
    """
    Attributes:
        username (str | Unset):
        password (str | Unset):
        is_mobility (bool | Unset):
        security_group (int | Unset): ID of a security group
    """

    username: str | Unset = UNSET
    password: str | Unset = UNSET
    is_mobility: bool | Unset = UNSET
    security_group: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username
        password = self.password
        is_mobility = self.is_mobility
        security_group = self.security_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(username, Unset):
            field_dict["Username"] = username
        if not isinstance(password, Unset):
            field_dict["Password"] = password
        if not isinstance(is_mobility, Unset):
            field_dict["IsMobility"] = is_mobility
        if not isinstance(security_group, Unset):
            field_dict["SecurityGroup"] = security_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("Username", UNSET)

        password = d.pop("Password", UNSET)

        is_mobility = d.pop("IsMobility", UNSET)

        security_group = d.pop("SecurityGroup", UNSET)

        _instance = cls(
            username=username,
            password=password,
            is_mobility=is_mobility,
            security_group=security_group,
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
