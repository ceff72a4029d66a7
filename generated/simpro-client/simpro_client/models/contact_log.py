from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.added_by_ref import AddedByRef


T = TypeVar("T", bound="ContactLog")


@_attrs_define
class ContactLog:
    """
    Attributes:
        id (int):
        message (str):
        date_logged (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        contact_id (None | str | Unset):
        staff (AddedByRef | None | Unset):
    """

    id: int
    message: str
    date_logged: datetime.datetime
    contact_id: None | str | Unset = UNSET
    staff: AddedByRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415

        id = self.id
        message = self.message
        date_logged: str | Unset = UNSET
        if not isinstance(self.date_logged, Unset):
            date_logged = self.date_logged.isoformat()
        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id
        staff: dict[str, Any] | None | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        elif isinstance(self.staff, AddedByRef):
            staff = self.staff.to_dict()
        else:
            staff = self.staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(message, Unset):
            field_dict["Message"] = message
        if not isinstance(date_logged, Unset):
            field_dict["DateLogged"] = date_logged
        if not isinstance(contact_id, Unset):
            field_dict["ContactID"] = contact_id
        if not isinstance(staff, Unset):
            field_dict["Staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        message = d.pop("Message", UNSET)

        _date_logged = d.pop("DateLogged", UNSET)
        date_logged: datetime.datetime | Unset
        if isinstance(_date_logged, Unset):
            date_logged = UNSET
        else:
            date_logged = datetime.datetime.fromisoformat(_date_logged)

        def _parse_contact_id(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("ContactID", UNSET))

        def _parse_staff(data: object) -> AddedByRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AddedByRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                staff_type_1 = AddedByRef.from_dict(data)

                if is_complete(staff_type_1):
                    return staff_type_1
                partial_fits.append(staff_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AddedByRef | None | Unset, data)

        staff = _parse_staff(d.pop("Staff", UNSET))

        _instance = cls(
            id=_unchecked(id),
            message=_unchecked(message),
            date_logged=_unchecked(date_logged),
            contact_id=contact_id,
            staff=staff,
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
