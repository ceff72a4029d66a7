from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="SiteBillingAddress")


@_attrs_define
class SiteBillingAddress:
    """
    Attributes:
        address (str):
        city (str):
        state (str):
        postal_code (str):
    """

    address: str
    city: str
    state: str
    postal_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address
        city = self.city
        state = self.state
        postal_code = self.postal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(address, Unset):
            field_dict["Address"] = address
        if not isinstance(city, Unset):
            field_dict["City"] = city
        if not isinstance(state, Unset):
            field_dict["State"] = state
        if not isinstance(postal_code, Unset):
            field_dict["PostalCode"] = postal_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("Address", UNSET)

        city = d.pop("City", UNSET)

        state = d.pop("State", UNSET)

        postal_code = d.pop("PostalCode", UNSET)

        _instance = cls(
            address=_unchecked(address),
            city=_unchecked(city),
            state=_unchecked(state),
            postal_code=_unchecked(postal_code),
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
