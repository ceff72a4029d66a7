from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.added_by_ref import AddedByRef
    from ..models.attachment import Attachment
    from ..models.customer_note_list_item_reference import CustomerNoteListItemReference


T = TypeVar("T", bound="CustomerNote")


@_attrs_define
class CustomerNote:
    """
    Attributes:
        id (int): ID of a Note.
        date_created (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        attachments (list[Attachment]):
        reference (CustomerNoteListItemReference):
        subject (None | str | Unset): Subject of a note.
        note (None | str | Unset): Note. This column supports HTML formatting.
        follow_up_date (datetime.date | None | Unset): Follow up date of a note.
        assign_to (AddedByRef | None | Unset): The staff member which this note is assigned to. Must be an employee or
            contractor; it cannot be a plant item.
        submitted_by (AddedByRef | None | Unset): The staff member which this note was submitted by. Must be an employee
            or contractor; it cannot be a plant item.
    """

    id: int
    date_created: datetime.datetime
    attachments: list[Attachment]
    reference: CustomerNoteListItemReference
    subject: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    follow_up_date: datetime.date | None | Unset = UNSET
    assign_to: AddedByRef | None | Unset = UNSET
    submitted_by: AddedByRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415

        id = self.id
        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference, Unset):
            reference = self.reference.to_dict()
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
        assign_to: dict[str, Any] | None | Unset
        if isinstance(self.assign_to, Unset):
            assign_to = UNSET
        elif isinstance(self.assign_to, AddedByRef):
            assign_to = self.assign_to.to_dict()
        else:
            assign_to = self.assign_to
        submitted_by: dict[str, Any] | None | Unset
        if isinstance(self.submitted_by, Unset):
            submitted_by = UNSET
        elif isinstance(self.submitted_by, AddedByRef):
            submitted_by = self.submitted_by.to_dict()
        else:
            submitted_by = self.submitted_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(date_created, Unset):
            field_dict["DateCreated"] = date_created
        if not isinstance(attachments, Unset):
            field_dict["Attachments"] = attachments
        if not isinstance(reference, Unset):
            field_dict["Reference"] = reference
        if not isinstance(subject, Unset):
            field_dict["Subject"] = subject
        if not isinstance(note, Unset):
            field_dict["Note"] = note
        if not isinstance(follow_up_date, Unset):
            field_dict["FollowUpDate"] = follow_up_date
        if not isinstance(assign_to, Unset):
            field_dict["AssignTo"] = assign_to
        if not isinstance(submitted_by, Unset):
            field_dict["SubmittedBy"] = submitted_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.attachment import Attachment  # noqa: PLC0415
        from ..models.customer_note_list_item_reference import CustomerNoteListItemReference  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _date_created = d.pop("DateCreated", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = datetime.datetime.fromisoformat(_date_created)

        _attachments = d.pop("Attachments", UNSET)
        attachments: list[Attachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = Attachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _reference = d.pop("Reference", UNSET)
        reference: CustomerNoteListItemReference | Unset
        if isinstance(_reference, Unset):
            reference = UNSET
        else:
            reference = CustomerNoteListItemReference.from_dict(_reference)

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

        def _parse_assign_to(data: object) -> AddedByRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AddedByRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assign_to_type_1 = AddedByRef.from_dict(data)

                if is_complete(assign_to_type_1):
                    return assign_to_type_1
                partial_fits.append(assign_to_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AddedByRef | None | Unset, data)

        assign_to = _parse_assign_to(d.pop("AssignTo", UNSET))

        def _parse_submitted_by(data: object) -> AddedByRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AddedByRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                submitted_by_type_1 = AddedByRef.from_dict(data)

                if is_complete(submitted_by_type_1):
                    return submitted_by_type_1
                partial_fits.append(submitted_by_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AddedByRef | None | Unset, data)

        submitted_by = _parse_submitted_by(d.pop("SubmittedBy", UNSET))

        _instance = cls(
            id=_unchecked(id),
            date_created=_unchecked(date_created),
            attachments=_unchecked(attachments),
            reference=_unchecked(reference),
            subject=subject,
            note=note,
            follow_up_date=follow_up_date,
            assign_to=assign_to,
            submitted_by=submitted_by,
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
