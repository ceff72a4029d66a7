from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payable_contact_contact_type import PayableContactContactType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.billing_address import BillingAddress
    from ..models.payable_contact_address import PayableContactAddress
    from ..models.payable_contact_banking import PayableContactBanking


T = TypeVar("T", bound="PayableContact")


@_attrs_define
class PayableContact:
    """
    Attributes:
        id (str):
        contact_id (int):
        contact_type (PayableContactContactType):
        name (str):
        contact_name (str):
        address (PayableContactAddress):
        billing_address (BillingAddress):
        phone_1 (str):
        fax (str):
        email (str):
        mobile (str):
        tax_number (str):
        company_number (str):
        banking (PayableContactBanking):
        website (str):
        notes (str):
        account (str):
        position (str):
        currency (str):
        tax_code_id (int):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
    """

    id: str
    contact_id: int
    contact_type: PayableContactContactType
    name: str
    contact_name: str
    address: PayableContactAddress
    billing_address: BillingAddress
    phone_1: str
    fax: str
    email: str
    mobile: str
    tax_number: str
    company_number: str
    banking: PayableContactBanking
    website: str
    notes: str
    account: str
    position: str
    currency: str
    tax_code_id: int
    date_modified: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        contact_id = self.contact_id
        contact_type: str | Unset = UNSET
        if not isinstance(self.contact_type, Unset):
            contact_type = self.contact_type.value

        name = self.name
        contact_name = self.contact_name
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()
        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()
        phone_1 = self.phone_1
        fax = self.fax
        email = self.email
        mobile = self.mobile
        tax_number = self.tax_number
        company_number = self.company_number
        banking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.banking, Unset):
            banking = self.banking.to_dict()
        website = self.website
        notes = self.notes
        account = self.account
        position = self.position
        currency = self.currency
        tax_code_id = self.tax_code_id
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(contact_id, Unset):
            field_dict["ContactID"] = contact_id
        if not isinstance(contact_type, Unset):
            field_dict["ContactType"] = contact_type
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(contact_name, Unset):
            field_dict["ContactName"] = contact_name
        if not isinstance(address, Unset):
            field_dict["Address"] = address
        if not isinstance(billing_address, Unset):
            field_dict["BillingAddress"] = billing_address
        if not isinstance(phone_1, Unset):
            field_dict["Phone1"] = phone_1
        if not isinstance(fax, Unset):
            field_dict["Fax"] = fax
        if not isinstance(email, Unset):
            field_dict["Email"] = email
        if not isinstance(mobile, Unset):
            field_dict["Mobile"] = mobile
        if not isinstance(tax_number, Unset):
            field_dict["TaxNumber"] = tax_number
        if not isinstance(company_number, Unset):
            field_dict["CompanyNumber"] = company_number
        if not isinstance(banking, Unset):
            field_dict["Banking"] = banking
        if not isinstance(website, Unset):
            field_dict["Website"] = website
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(account, Unset):
            field_dict["Account"] = account
        if not isinstance(position, Unset):
            field_dict["Position"] = position
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(tax_code_id, Unset):
            field_dict["TaxCodeID"] = tax_code_id
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_address import BillingAddress  # noqa: PLC0415
        from ..models.payable_contact_address import PayableContactAddress  # noqa: PLC0415
        from ..models.payable_contact_banking import PayableContactBanking  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        contact_id = d.pop("ContactID", UNSET)

        _contact_type = d.pop("ContactType", UNSET)
        contact_type: PayableContactContactType | Unset
        if isinstance(_contact_type, Unset):
            contact_type = UNSET
        else:
            contact_type = PayableContactContactType.parse(_contact_type)

        name = d.pop("Name", UNSET)

        contact_name = d.pop("ContactName", UNSET)

        _address = d.pop("Address", UNSET)
        address: PayableContactAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = PayableContactAddress.from_dict(_address)

        _billing_address = d.pop("BillingAddress", UNSET)
        billing_address: BillingAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = BillingAddress.from_dict(_billing_address)

        phone_1 = d.pop("Phone1", UNSET)

        fax = d.pop("Fax", UNSET)

        email = d.pop("Email", UNSET)

        mobile = d.pop("Mobile", UNSET)

        tax_number = d.pop("TaxNumber", UNSET)

        company_number = d.pop("CompanyNumber", UNSET)

        _banking = d.pop("Banking", UNSET)
        banking: PayableContactBanking | Unset
        if isinstance(_banking, Unset):
            banking = UNSET
        else:
            banking = PayableContactBanking.from_dict(_banking)

        website = d.pop("Website", UNSET)

        notes = d.pop("Notes", UNSET)

        account = d.pop("Account", UNSET)

        position = d.pop("Position", UNSET)

        currency = d.pop("Currency", UNSET)

        tax_code_id = d.pop("TaxCodeID", UNSET)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        _instance = cls(
            id=_unchecked(id),
            contact_id=_unchecked(contact_id),
            contact_type=_unchecked(contact_type),
            name=_unchecked(name),
            contact_name=_unchecked(contact_name),
            address=_unchecked(address),
            billing_address=_unchecked(billing_address),
            phone_1=_unchecked(phone_1),
            fax=_unchecked(fax),
            email=_unchecked(email),
            mobile=_unchecked(mobile),
            tax_number=_unchecked(tax_number),
            company_number=_unchecked(company_number),
            banking=_unchecked(banking),
            website=_unchecked(website),
            notes=_unchecked(notes),
            account=_unchecked(account),
            position=_unchecked(position),
            currency=_unchecked(currency),
            tax_code_id=_unchecked(tax_code_id),
            date_modified=_unchecked(date_modified),
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
