from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyCustomerCreateBillingAddress")


@_attrs_define
class CompanyCustomerCreateBillingAddress:
    """
    Attributes:
        address (str | Unset): Address for mailing the customer's bills
        city (str | Unset): City for mailing the customer's bills
        state (str | Unset): State/territory for mailing the customer's bills
        postal_code (str | Unset): Postcode for mailing the customer's bills
        country (str | Unset): Country for mailing the customer's bills
    """

    address: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address
        city = self.city
        state = self.state
        postal_code = self.postal_code
        country = self.country

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
        if not isinstance(country, Unset):
            field_dict["Country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("Address", UNSET)

        city = d.pop("City", UNSET)

        state = d.pop("State", UNSET)

        postal_code = d.pop("PostalCode", UNSET)

        country = d.pop("Country", UNSET)

        _instance = cls(
            address=address,
            city=city,
            state=state,
            postal_code=postal_code,
            country=country,
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
