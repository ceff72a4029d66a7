from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.job_note_list_item_reference import JobNoteListItemReference
    from ..models.visibility import Visibility


T = TypeVar("T", bound="JobNoteListItem")


@_attrs_define
class JobNoteListItem:
    """
    Attributes:
        id (int): ID of a Note.
        subject (None | str): Subject of a note.
        visibility (Visibility):
        reference (JobNoteListItemReference):
    """

    id: int
    subject: None | str
    visibility: Visibility
    reference: JobNoteListItemReference
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject
        visibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.to_dict()
        reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference, Unset):
            reference = self.reference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(subject, Unset):
            field_dict["Subject"] = subject
        if not isinstance(visibility, Unset):
            field_dict["Visibility"] = visibility
        if not isinstance(reference, Unset):
            field_dict["Reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_note_list_item_reference import JobNoteListItemReference  # noqa: PLC0415
        from ..models.visibility import Visibility  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

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

        _visibility = d.pop("Visibility", UNSET)
        visibility: Visibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = Visibility.from_dict(_visibility)

        _reference = d.pop("Reference", UNSET)
        reference: JobNoteListItemReference | Unset
        if isinstance(_reference, Unset):
            reference = UNSET
        else:
            reference = JobNoteListItemReference.from_dict(_reference)

        _instance = cls(
            id=_unchecked(id),
            subject=_unchecked(subject),
            visibility=_unchecked(visibility),
            reference=_unchecked(reference),
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
