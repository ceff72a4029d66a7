from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployeeCreateBanking")


@_attrs_define
class EmployeeCreateBanking:
    """
    Attributes:
        account_name (str | Unset):
        routing_no (str | Unset):
        account_no (str | Unset):
    """

    account_name: str | Unset = UNSET
    routing_no: str | Unset = UNSET
    account_no: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_name = self.account_name
        routing_no = self.routing_no
        account_no = self.account_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(account_name, Unset):
            field_dict["AccountName"] = account_name
        if not isinstance(routing_no, Unset):
            field_dict["RoutingNo"] = routing_no
        if not isinstance(account_no, Unset):
            field_dict["AccountNo"] = account_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_name = d.pop("AccountName", UNSET)

        routing_no = d.pop("RoutingNo", UNSET)

        account_no = d.pop("AccountNo", UNSET)

        _instance = cls(
            account_name=account_name,
            routing_no=routing_no,
            account_no=account_no,
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
