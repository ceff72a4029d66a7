from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField
    from ..models.vendor_banking import VendorBanking
    from ..models.vendor_profile import VendorProfile


T = TypeVar("T", bound="Vendor")


@_attrs_define
class Vendor:
    """
    Attributes:
        id (int):
        name (str):
        ein (str):
        company_no (str): This column is only applicable to UK version web UI.
        website (str):
        email (str):
        phone (str):
        fax (str):
        address (Address):
        billing_address (Address):
        banking (VendorBanking):
        private_notes (str):
        profile (VendorProfile):
        date_created (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        archived (bool):
        custom_fields (list[ReceivableContactListItemCustomField]): All of the custom fields for this vendor. See the
            custom fields handler for more information.
    """

    id: int
    name: str
    ein: str
    company_no: str
    website: str
    email: str
    phone: str
    fax: str
    address: Address
    billing_address: Address
    banking: VendorBanking
    private_notes: str
    profile: VendorProfile
    date_created: datetime.datetime
    date_modified: datetime.datetime
    archived: bool
    custom_fields: list[ReceivableContactListItemCustomField]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
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
        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        archived = self.archived
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
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
        if not isinstance(date_created, Unset):
            field_dict["DateCreated"] = date_created
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField  # noqa: PLC0415
        from ..models.vendor_banking import VendorBanking  # noqa: PLC0415
        from ..models.vendor_profile import VendorProfile  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        ein = d.pop("EIN", UNSET)

        company_no = d.pop("CompanyNo", UNSET)

        website = d.pop("Website", UNSET)

        email = d.pop("Email", UNSET)

        phone = d.pop("Phone", UNSET)

        fax = d.pop("Fax", UNSET)

        _address = d.pop("Address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        _billing_address = d.pop("BillingAddress", UNSET)
        billing_address: Address | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = Address.from_dict(_billing_address)

        _banking = d.pop("Banking", UNSET)
        banking: VendorBanking | Unset
        if isinstance(_banking, Unset):
            banking = UNSET
        else:
            banking = VendorBanking.from_dict(_banking)

        private_notes = d.pop("PrivateNotes", UNSET)

        _profile = d.pop("Profile", UNSET)
        profile: VendorProfile | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = VendorProfile.from_dict(_profile)

        _date_created = d.pop("DateCreated", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = datetime.datetime.fromisoformat(_date_created)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        archived = d.pop("Archived", UNSET)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[ReceivableContactListItemCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = ReceivableContactListItemCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            ein=_unchecked(ein),
            company_no=_unchecked(company_no),
            website=_unchecked(website),
            email=_unchecked(email),
            phone=_unchecked(phone),
            fax=_unchecked(fax),
            address=_unchecked(address),
            billing_address=_unchecked(billing_address),
            banking=_unchecked(banking),
            private_notes=_unchecked(private_notes),
            profile=_unchecked(profile),
            date_created=_unchecked(date_created),
            date_modified=_unchecked(date_modified),
            archived=_unchecked(archived),
            custom_fields=_unchecked(custom_fields),
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
