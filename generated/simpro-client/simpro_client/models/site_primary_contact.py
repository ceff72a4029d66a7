from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.customer_contact_contact_ref import CustomerContactContactRef


T = TypeVar("T", bound="SitePrimaryContact")


@_attrs_define
class SitePrimaryContact:
    """
    Attributes:
        title (str): Deprecated:: Please use <a
            href="http://developer.simprogroup.com/apidoc/?page=9aa698f602b1e5694855cee73a683488">contacts</a> endpoint to
            read and modify contact details.
        given_name (str): Deprecated:: Please use <a
            href="http://developer.simprogroup.com/apidoc/?page=9aa698f602b1e5694855cee73a683488">contacts</a> endpoint to
            read and modify contact details.
        family_name (str): Deprecated:: Please use <a
            href="http://developer.simprogroup.com/apidoc/?page=9aa698f602b1e5694855cee73a683488">contacts</a> endpoint to
            read and modify contact details.
        email (str): Deprecated:: Please use <a
            href="http://developer.simprogroup.com/apidoc/?page=9aa698f602b1e5694855cee73a683488">contacts</a> endpoint to
            read and modify contact details.
        work_phone (str): Deprecated:: Please use <a
            href="http://developer.simprogroup.com/apidoc/?page=9aa698f602b1e5694855cee73a683488">contacts</a> endpoint to
            read and modify contact details.
        cell_phone (str): Deprecated:: Please use <a
            href="http://developer.simprogroup.com/apidoc/?page=9aa698f602b1e5694855cee73a683488">contacts</a> endpoint to
            read and modify contact details.
        fax (str): Deprecated:: Please use <a
            href="http://developer.simprogroup.com/apidoc/?page=9aa698f602b1e5694855cee73a683488">contacts</a> endpoint to
            read and modify contact details.
        position (str): Deprecated:: Please use <a
            href="http://developer.simprogroup.com/apidoc/?page=9aa698f602b1e5694855cee73a683488">contacts</a> endpoint to
            read and modify contact details.
        preferred_notification_method (str):
        contact (CustomerContactContactRef | None | Unset):
    """

    title: str
    given_name: str
    family_name: str
    email: str
    work_phone: str
    cell_phone: str
    fax: str
    position: str
    preferred_notification_method: str
    contact: CustomerContactContactRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_contact_contact_ref import CustomerContactContactRef  # noqa: PLC0415

        title = self.title
        given_name = self.given_name
        family_name = self.family_name
        email = self.email
        work_phone = self.work_phone
        cell_phone = self.cell_phone
        fax = self.fax
        position = self.position
        preferred_notification_method = self.preferred_notification_method
        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, CustomerContactContactRef):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

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
        if not isinstance(cell_phone, Unset):
            field_dict["CellPhone"] = cell_phone
        if not isinstance(fax, Unset):
            field_dict["Fax"] = fax
        if not isinstance(position, Unset):
            field_dict["Position"] = position
        if not isinstance(preferred_notification_method, Unset):
            field_dict["PreferredNotificationMethod"] = preferred_notification_method
        if not isinstance(contact, Unset):
            field_dict["Contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_contact_contact_ref import CustomerContactContactRef  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("Title", UNSET)

        given_name = d.pop("GivenName", UNSET)

        family_name = d.pop("FamilyName", UNSET)

        email = d.pop("Email", UNSET)

        work_phone = d.pop("WorkPhone", UNSET)

        cell_phone = d.pop("CellPhone", UNSET)

        fax = d.pop("Fax", UNSET)

        position = d.pop("Position", UNSET)

        preferred_notification_method = d.pop("PreferredNotificationMethod", UNSET)

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
            title=_unchecked(title),
            given_name=_unchecked(given_name),
            family_name=_unchecked(family_name),
            email=_unchecked(email),
            work_phone=_unchecked(work_phone),
            cell_phone=_unchecked(cell_phone),
            fax=_unchecked(fax),
            position=_unchecked(position),
            preferred_notification_method=_unchecked(preferred_notification_method),
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
