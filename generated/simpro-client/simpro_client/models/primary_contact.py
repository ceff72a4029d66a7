from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.primary_contact_preferred_notification_method import PrimaryContactPreferredNotificationMethod
from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="PrimaryContact")


@_attrs_define
class PrimaryContact:
    """
    Attributes:
        email (str):
        secondary_email (str):
        work_phone (str):
        extension (str):
        cell_phone (str):
        fax (str):
        preferred_notification_method (None | PrimaryContactPreferredNotificationMethod | Unset):
    """

    email: str
    secondary_email: str
    work_phone: str
    extension: str
    cell_phone: str
    fax: str
    preferred_notification_method: None | PrimaryContactPreferredNotificationMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email
        secondary_email = self.secondary_email
        work_phone = self.work_phone
        extension = self.extension
        cell_phone = self.cell_phone
        fax = self.fax
        preferred_notification_method: None | str | Unset
        if isinstance(self.preferred_notification_method, Unset):
            preferred_notification_method = UNSET
        elif isinstance(self.preferred_notification_method, PrimaryContactPreferredNotificationMethod):
            preferred_notification_method = self.preferred_notification_method.value
        else:
            preferred_notification_method = self.preferred_notification_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(email, Unset):
            field_dict["Email"] = email
        if not isinstance(secondary_email, Unset):
            field_dict["SecondaryEmail"] = secondary_email
        if not isinstance(work_phone, Unset):
            field_dict["WorkPhone"] = work_phone
        if not isinstance(extension, Unset):
            field_dict["Extension"] = extension
        if not isinstance(cell_phone, Unset):
            field_dict["CellPhone"] = cell_phone
        if not isinstance(fax, Unset):
            field_dict["Fax"] = fax
        if not isinstance(preferred_notification_method, Unset):
            field_dict["PreferredNotificationMethod"] = preferred_notification_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("Email", UNSET)

        secondary_email = d.pop("SecondaryEmail", UNSET)

        work_phone = d.pop("WorkPhone", UNSET)

        extension = d.pop("Extension", UNSET)

        cell_phone = d.pop("CellPhone", UNSET)

        fax = d.pop("Fax", UNSET)

        def _parse_preferred_notification_method(
            data: object,
        ) -> None | PrimaryContactPreferredNotificationMethod | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | PrimaryContactPreferredNotificationMethod | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                preferred_notification_method_type_1 = PrimaryContactPreferredNotificationMethod.parse(data)

                if is_complete(preferred_notification_method_type_1):
                    return preferred_notification_method_type_1
                partial_fits.append(preferred_notification_method_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(None | PrimaryContactPreferredNotificationMethod | Unset, data)

        preferred_notification_method = _parse_preferred_notification_method(
            d.pop("PreferredNotificationMethod", UNSET)
        )

        _instance = cls(
            email=_unchecked(email),
            secondary_email=_unchecked(secondary_email),
            work_phone=_unchecked(work_phone),
            extension=_unchecked(extension),
            cell_phone=_unchecked(cell_phone),
            fax=_unchecked(fax),
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
