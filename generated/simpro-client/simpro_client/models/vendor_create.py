from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.contractor_create_address import ContractorCreateAddress
    from ..models.vendor_create_banking import VendorCreateBanking
    from ..models.vendor_create_profile import VendorCreateProfile


T = TypeVar("T", bound="VendorCreate")


@_attrs_define
class VendorCreate:
    """
    Attributes:
        name (str):
        ein (str | Unset):
        company_no (str | Unset): This column is only applicable to UK version web UI.
        website (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        fax (str | Unset):
        address (ContractorCreateAddress | Unset):
        billing_address (ContractorCreateAddress | Unset):
        banking (VendorCreateBanking | Unset):
        private_notes (str | Unset):
        profile (VendorCreateProfile | Unset):
        archived (bool | Unset):
    """

    name: str
    ein: str | Unset = UNSET
    company_no: str | Unset = UNSET
    website: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    address: ContractorCreateAddress | Unset = UNSET
    billing_address: ContractorCreateAddress | Unset = UNSET
    banking: VendorCreateBanking | Unset = UNSET
    private_notes: str | Unset = UNSET
    profile: VendorCreateProfile | Unset = UNSET
    archived: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        ein = self.ein
        company_no = self.company_no
        website = self.website
        email = self.email
        phone = self.phone
        fax = self.fax
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()
        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()
        banking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.banking, Unset):
            banking = self.banking.to_dict()
        private_notes = self.private_notes
        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()
        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(ein, Unset):
            field_dict["EIN"] = ein
        if not isinstance(company_no, Unset):
            field_dict["CompanyNo"] = company_no
        if not isinstance(website, Unset):
            field_dict["Website"] = website
        if not isinstance(email, Unset):
            field_dict["Email"] = email
        if not isinstance(phone, Unset):
            field_dict["Phone"] = phone
        if not isinstance(fax, Unset):
            field_dict["Fax"] = fax
        if not isinstance(address, Unset):
            field_dict["Address"] = address
        if not isinstance(billing_address, Unset):
            field_dict["BillingAddress"] = billing_address
        if not isinstance(banking, Unset):
            field_dict["Banking"] = banking
        if not isinstance(private_notes, Unset):
            field_dict["PrivateNotes"] = private_notes
        if not isinstance(profile, Unset):
            field_dict["Profile"] = profile
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contractor_create_address import ContractorCreateAddress  # noqa: PLC0415
        from ..models.vendor_create_banking import VendorCreateBanking  # noqa: PLC0415
        from ..models.vendor_create_profile import VendorCreateProfile  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        ein = d.pop("EIN", UNSET)

        company_no = d.pop("CompanyNo", UNSET)

        website = d.pop("Website", UNSET)

        email = d.pop("Email", UNSET)

        phone = d.pop("Phone", UNSET)

        fax = d.pop("Fax", UNSET)

        _address = d.pop("Address", UNSET)
        address: ContractorCreateAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = ContractorCreateAddress.from_dict(_address)

        _billing_address = d.pop("BillingAddress", UNSET)
        billing_address: ContractorCreateAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = ContractorCreateAddress.from_dict(_billing_address)

        _banking = d.pop("Banking", UNSET)
        banking: VendorCreateBanking | Unset
        if isinstance(_banking, Unset):
            banking = UNSET
        else:
            banking = VendorCreateBanking.from_dict(_banking)

        private_notes = d.pop("PrivateNotes", UNSET)

        _profile = d.pop("Profile", UNSET)
        profile: VendorCreateProfile | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = VendorCreateProfile.from_dict(_profile)

        archived = d.pop("Archived", UNSET)

        _instance = cls(
            name=_unchecked(name),
            ein=ein,
            company_no=company_no,
            website=website,
            email=email,
            phone=phone,
            fax=fax,
            address=address,
            billing_address=billing_address,
            banking=banking,
            private_notes=private_notes,
            profile=profile,
            archived=archived,
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
