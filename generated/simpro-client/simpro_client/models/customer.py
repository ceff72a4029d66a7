from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.customer_address import CustomerAddress


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """
    Attributes:
        id (int): This customer's ID
        company_name (str): Company name (Company customers)
        given_name (str): Given name / First name (Individual customers)
        family_name (str): Family name / Last name (Individual customers)
        phone (str): Telephone number
        address (CustomerAddress):
    """

    id: int
    company_name: str
    given_name: str
    family_name: str
    phone: str
    address: CustomerAddress
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        company_name = self.company_name
        given_name = self.given_name
        family_name = self.family_name
        phone = self.phone
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(company_name, Unset):
            field_dict["CompanyName"] = company_name
        if not isinstance(given_name, Unset):
            field_dict["GivenName"] = given_name
        if not isinstance(family_name, Unset):
            field_dict["FamilyName"] = family_name
        if not isinstance(phone, Unset):
            field_dict["Phone"] = phone
        if not isinstance(address, Unset):
            field_dict["Address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_address import CustomerAddress  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        company_name = d.pop("CompanyName", UNSET)

        given_name = d.pop("GivenName", UNSET)

        family_name = d.pop("FamilyName", UNSET)

        phone = d.pop("Phone", UNSET)

        _address = d.pop("Address", UNSET)
        address: CustomerAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = CustomerAddress.from_dict(_address)

        _instance = cls(
            id=_unchecked(id),
            company_name=_unchecked(company_name),
            given_name=_unchecked(given_name),
            family_name=_unchecked(family_name),
            phone=_unchecked(phone),
            address=_unchecked(address),
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
