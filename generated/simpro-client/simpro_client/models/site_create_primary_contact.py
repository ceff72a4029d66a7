from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SiteCreatePrimaryContact")


@_attrs_define
class SiteCreatePrimaryContact:
    """
    Attributes:
        contact (int | Unset): ID of a contact
        title (str | Unset): Deprecated:: Please use <a
            href="http://developer.simprogroup.com/apidoc/?page=9aa698f602b1e5694855cee73a683488">contacts</a> endpoint to
            read and modify contact details.
        given_name (str | Unset): Deprecated:: Please use <a
            href="http://developer.simprogroup.com/apidoc/?page=9aa698f602b1e5694855cee73a683488">contacts</a> endpoint to
            read and modify contact details.
        family_name (str | Unset): Deprecated:: Please use <a
            href="http://developer.simprogroup.com/apidoc/?page=9aa698f602b1e5694855cee73a683488">contacts</a> endpoint to
            read and modify contact details.
        email (str | Unset): Deprecated:: Please use <a
            href="http://developer.simprogroup.com/apidoc/?page=9aa698f602b1e5694855cee73a683488">contacts</a> endpoint to
            read and modify contact details.
        work_phone (str | Unset): Deprecated:: Please use <a
            href="http://developer.simprogroup.com/apidoc/?page=9aa698f602b1e5694855cee73a683488">contacts</a> endpoint to
            read and modify contact details.
        cell_phone (str | Unset): Deprecated:: Please use <a
            href="http://developer.simprogroup.com/apidoc/?page=9aa698f602b1e5694855cee73a683488">contacts</a> endpoint to
            read and modify contact details.
        fax (str | Unset): Deprecated:: Please use <a
            href="http://developer.simprogroup.com/apidoc/?page=9aa698f602b1e5694855cee73a683488">contacts</a> endpoint to
            read and modify contact details.
        position (str | Unset): Deprecated:: Please use <a
            href="http://developer.simprogroup.com/apidoc/?page=9aa698f602b1e5694855cee73a683488">contacts</a> endpoint to
            read and modify contact details.
        preferred_notification_method (str | Unset):
    """

    contact: int | Unset = UNSET
    title: str | Unset = UNSET
    given_name: str | Unset = UNSET
    family_name: str | Unset = UNSET
    email: str | Unset = UNSET
    work_phone: str | Unset = UNSET
    cell_phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    position: str | Unset = UNSET
    preferred_notification_method: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact = self.contact
        title = self.title
        given_name = self.given_name
        family_name = self.family_name
        email = self.email
        work_phone = self.work_phone
        cell_phone = self.cell_phone
        fax = self.fax
        position = self.position
        preferred_notification_method = self.preferred_notification_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(contact, Unset):
            field_dict["Contact"] = contact
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
        if not isinstance(cell_phone, Unset):
            field_dict["CellPhone"] = cell_phone
        if not isinstance(fax, Unset):
            field_dict["Fax"] = fax
        if not isinstance(position, Unset):
            field_dict["Position"] = position
        if not isinstance(preferred_notification_method, Unset):
            field_dict["PreferredNotificationMethod"] = preferred_notification_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact = d.pop("Contact", UNSET)

        title = d.pop("Title", UNSET)

        given_name = d.pop("GivenName", UNSET)

        family_name = d.pop("FamilyName", UNSET)

        email = d.pop("Email", UNSET)

        work_phone = d.pop("WorkPhone", UNSET)

        cell_phone = d.pop("CellPhone", UNSET)

        fax = d.pop("Fax", UNSET)

        position = d.pop("Position", UNSET)

        preferred_notification_method = d.pop("PreferredNotificationMethod", UNSET)

        _instance = cls(
            contact=contact,
            title=title,
            given_name=given_name,
            family_name=family_name,
            email=email,
            work_phone=work_phone,
            cell_phone=cell_phone,
            fax=fax,
            position=position,
            preferred_notification_method=preferred_notification_method,
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
