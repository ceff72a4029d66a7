from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.contractor_invoice_contractor_banking import ContractorInvoiceContractorBanking
    from ..models.primary_contact import PrimaryContact


T = TypeVar("T", bound="ContractorInvoiceContractor")


@_attrs_define
class ContractorInvoiceContractor:
    """
    Attributes:
        id (int): ID of an employee
        name (str):
        address (Address):
        primary_contact (PrimaryContact):
        contact_name (str):
        banking (ContractorInvoiceContractorBanking):
    """

    id: int
    name: str
    address: Address
    primary_contact: PrimaryContact
    contact_name: str
    banking: ContractorInvoiceContractorBanking
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()
        primary_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_contact, Unset):
            primary_contact = self.primary_contact.to_dict()
        contact_name = self.contact_name
        banking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.banking, Unset):
            banking = self.banking.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(address, Unset):
            field_dict["Address"] = address
        if not isinstance(primary_contact, Unset):
            field_dict["PrimaryContact"] = primary_contact
        if not isinstance(contact_name, Unset):
            field_dict["ContactName"] = contact_name
        if not isinstance(banking, Unset):
            field_dict["Banking"] = banking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.contractor_invoice_contractor_banking import ContractorInvoiceContractorBanking  # noqa: PLC0415
        from ..models.primary_contact import PrimaryContact  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        _address = d.pop("Address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        _primary_contact = d.pop("PrimaryContact", UNSET)
        primary_contact: PrimaryContact | Unset
        if isinstance(_primary_contact, Unset):
            primary_contact = UNSET
        else:
            primary_contact = PrimaryContact.from_dict(_primary_contact)

        contact_name = d.pop("ContactName", UNSET)

        _banking = d.pop("Banking", UNSET)
        banking: ContractorInvoiceContractorBanking | Unset
        if isinstance(_banking, Unset):
            banking = UNSET
        else:
            banking = ContractorInvoiceContractorBanking.from_dict(_banking)

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            address=_unchecked(address),
            primary_contact=_unchecked(primary_contact),
            contact_name=_unchecked(contact_name),
            banking=_unchecked(banking),
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
