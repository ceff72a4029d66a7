from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VendorContactUpdate")


@_attrs_define
class VendorContactUpdate:
    """
    Attributes:
        title (str | Unset):
        given_name (str | Unset): Given name / First name. Mandatory when creating a new contact instead of using
            existing contact.
        family_name (str | Unset): Family name / Last name
        email (str | Unset):
        work_phone (str | Unset):
        fax (str | Unset):
        cell_phone (str | Unset): Cell phone / Mobile phone
        alt_phone (str | Unset): Alternate phone number, can also be home phone.
        department (str | Unset):
        position (str | Unset):
        notes (str | Unset):
        name (str | Unset): Deprecated: Name field is deprecated, please use GivenName field
    """

    title: str | Unset = UNSET
    given_name: str | Unset = UNSET
    family_name: str | Unset = UNSET
    email: str | Unset = UNSET
    work_phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    cell_phone: str | Unset = UNSET
    alt_phone: str | Unset = UNSET
    department: str | Unset = UNSET
    position: str | Unset = UNSET
    notes: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if not isinstance(name, Unset):
            field_dict["Name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        name = d.pop("Name", UNSET)

        _instance = cls(
            title=title,
            given_name=given_name,
            family_name=family_name,
            email=email,
            work_phone=work_phone,
            fax=fax,
            cell_phone=cell_phone,
            alt_phone=alt_phone,
            department=department,
            position=position,
            notes=notes,
            name=name,
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
