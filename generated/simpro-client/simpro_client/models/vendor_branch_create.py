from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.contractor_create_address import ContractorCreateAddress


T = TypeVar("T", bound="VendorBranchCreate")


@_attrs_define
class VendorBranchCreate:
    """
    Attributes:
        name (str):
        email (str | Unset):
        work_phone (str | Unset):
        fax (str | Unset):
        alt_phone (str | Unset): Alternate phone number, can also be home phone.
        address (ContractorCreateAddress | Unset):
    """

    name: str
    email: str | Unset = UNSET
    work_phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    alt_phone: str | Unset = UNSET
    address: ContractorCreateAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        email = self.email
        work_phone = self.work_phone
        fax = self.fax
        alt_phone = self.alt_phone
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(email, Unset):
            field_dict["Email"] = email
        if not isinstance(work_phone, Unset):
            field_dict["WorkPhone"] = work_phone
        if not isinstance(fax, Unset):
            field_dict["Fax"] = fax
        if not isinstance(alt_phone, Unset):
            field_dict["AltPhone"] = alt_phone
        if not isinstance(address, Unset):
            field_dict["Address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contractor_create_address import ContractorCreateAddress  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        email = d.pop("Email", UNSET)

        work_phone = d.pop("WorkPhone", UNSET)

        fax = d.pop("Fax", UNSET)

        alt_phone = d.pop("AltPhone", UNSET)

        _address = d.pop("Address", UNSET)
        address: ContractorCreateAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = ContractorCreateAddress.from_dict(_address)

        _instance = cls(
            name=_unchecked(name),
            email=email,
            work_phone=work_phone,
            fax=fax,
            alt_phone=alt_phone,
            address=address,
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
