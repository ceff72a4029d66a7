from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.customer_contact_contact_ref import CustomerContactContactRef
    from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField


T = TypeVar("T", bound="SiteContact")


@_attrs_define
class SiteContact:
    """
    Attributes:
        id (int):
        title (str):
        given_name (str): Given name / First name. Mandatory when creating a new contact instead of using existing
            contact.
        family_name (str): Family name / Last name
        email (str):
        work_phone (str):
        fax (str):
        cell_phone (str): Cell phone / Mobile phone
        alt_phone (str): Alternate phone number, can also be home phone.
        department (str):
        position (str):
        notes (str):
        custom_fields (list[ReceivableContactListItemCustomField]): All of the custom fields for this site contact. See
            the custom fields handler for more information.
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        primary_contact (bool): Set this to true to set this contact as the primary contact for this site.
        contact (CustomerContactContactRef | None | Unset): Adds an existing contact to a site.
    """

    id: int
    title: str
    given_name: str
    family_name: str
    email: str
    work_phone: str
    fax: str
    cell_phone: str
    alt_phone: str
    department: str
    position: str
    notes: str
    custom_fields: list[ReceivableContactListItemCustomField]
    date_modified: datetime.datetime
    primary_contact: bool
    contact: CustomerContactContactRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_contact_contact_ref import CustomerContactContactRef  # noqa: PLC0415

        id = self.id
        title = self.title
        given_name = self.given_name
        family_name = self.family_name
        email = self.email
        work_phone = self.work_phone
        fax = self.fax
        cell_phone = self.cell_phone
        alt_phone = self.alt_phone
        department = self.department
        position = self.position
        notes = self.notes
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        primary_contact = self.primary_contact
        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, CustomerContactContactRef):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(title, Unset):
            field_dict["Title"] = title
        if not isinstance(given_name, Unset):
            field_dict["GivenName"] = given_name
        if not isinstance(family_name, Unset):
            field_dict["FamilyName"] = family_name
        if not isinstance(email, Unset):
            field_dict["Email"] = email
        if not isinstance(work_phone, Unset):
            field_dict["WorkPhone"] = work_phone
        if not isinstance(fax, Unset):
            field_dict["Fax"] = fax
        if not isinstance(cell_phone, Unset):
            field_dict["CellPhone"] = cell_phone
        if not isinstance(alt_phone, Unset):
            field_dict["AltPhone"] = alt_phone
        if not isinstance(department, Unset):
            field_dict["Department"] = department
        if not isinstance(position, Unset):
            field_dict["Position"] = position
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(primary_contact, Unset):
            field_dict["PrimaryContact"] = primary_contact
        if not isinstance(contact, Unset):
            field_dict["Contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_contact_contact_ref import CustomerContactContactRef  # noqa: PLC0415
        from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        title = d.pop("Title", UNSET)

        given_name = d.pop("GivenName", UNSET)

        family_name = d.pop("FamilyName", UNSET)

        email = d.pop("Email", UNSET)

        work_phone = d.pop("WorkPhone", UNSET)

        fax = d.pop("Fax", UNSET)

        cell_phone = d.pop("CellPhone", UNSET)

        alt_phone = d.pop("AltPhone", UNSET)

        department = d.pop("Department", UNSET)

        position = d.pop("Position", UNSET)

        notes = d.pop("Notes", UNSET)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[ReceivableContactListItemCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = ReceivableContactListItemCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        primary_contact = d.pop("PrimaryContact", UNSET)

        def _parse_contact(data: object) -> CustomerContactContactRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[CustomerContactContactRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_1 = CustomerContactContactRef.from_dict(data)

                if is_complete(contact_type_1):
                    return contact_type_1
                partial_fits.append(contact_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(CustomerContactContactRef | None | Unset, data)

        contact = _parse_contact(d.pop("Contact", UNSET))

        _instance = cls(
            id=_unchecked(id),
            title=_unchecked(title),
            given_name=_unchecked(given_name),
            family_name=_unchecked(family_name),
            email=_unchecked(email),
            work_phone=_unchecked(work_phone),
            fax=_unchecked(fax),
            cell_phone=_unchecked(cell_phone),
            alt_phone=_unchecked(alt_phone),
            department=_unchecked(department),
            position=_unchecked(position),
            notes=_unchecked(notes),
            custom_fields=_unchecked(custom_fields),
            date_modified=_unchecked(date_modified),
            primary_contact=_unchecked(primary_contact),
            contact=contact,
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
