from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_note_create_visibility import JobNoteCreateVisibility


T = TypeVar("T", bound="JobNoteCreate")


@_attrs_define
class JobNoteCreate:
    """
    Attributes:
        subject (None | str | Unset): Subject of a note.
        note (None | str | Unset): Note. This column supports HTML formatting.
        follow_up_date (datetime.date | None | Unset): Follow up date of a note.
        visibility (JobNoteCreateVisibility | Unset):
        assign_to (int | Unset): ID of a staff
    """

    subject: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    follow_up_date: datetime.date | None | Unset = UNSET
    visibility: JobNoteCreateVisibility | Unset = UNSET
    assign_to: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject
        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note
        follow_up_date: None | str | Unset
        if isinstance(self.follow_up_date, Unset):
            follow_up_date = UNSET
        elif isinstance(self.follow_up_date, datetime.date):
            follow_up_date = self.follow_up_date.isoformat()
        else:
            follow_up_date = self.follow_up_date
        visibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.to_dict()
        assign_to = self.assign_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(subject, Unset):
            field_dict["Subject"] = subject
        if not isinstance(note, Unset):
            field_dict["Note"] = note
        if not isinstance(follow_up_date, Unset):
            field_dict["FollowUpDate"] = follow_up_date
        if not isinstance(visibility, Unset):
            field_dict["Visibility"] = visibility
        if not isinstance(assign_to, Unset):
            field_dict["AssignTo"] = assign_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_note_create_visibility import JobNoteCreateVisibility  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_subject(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("Subject", UNSET))

        def _parse_note(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("Note", UNSET))

        def _parse_follow_up_date(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                follow_up_date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(follow_up_date_type_0):
                    return follow_up_date_type_0
                partial_fits.append(follow_up_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        follow_up_date = _parse_follow_up_date(d.pop("FollowUpDate", UNSET))

        _visibility = d.pop("Visibility", UNSET)
        visibility: JobNoteCreateVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = JobNoteCreateVisibility.from_dict(_visibility)

        assign_to = d.pop("AssignTo", UNSET)

        _instance = cls(
            subject=subject,
            note=note,
            follow_up_date=follow_up_date,
            visibility=visibility,
            assign_to=assign_to,
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
