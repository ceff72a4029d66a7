from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.all_job_note_list_item_job_ref import AllJobNoteListItemJobRef
    from ..models.visibility import Visibility


T = TypeVar("T", bound="AllJobNoteListItem")


@_attrs_define
class AllJobNoteListItem:
    """
    Attributes:
        id (int): ID of a Note.
        subject (None | str): Subject of a note.
        visibility (Visibility):
        job (AllJobNoteListItemJobRef):
        field_href (str):
    """

    id: int
    subject: None | str
    visibility: Visibility
    job: AllJobNoteListItemJobRef
    field_href: str
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
        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()
        field_href = self.field_href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(subject, Unset):
            field_dict["Subject"] = subject
        if not isinstance(visibility, Unset):
            field_dict["Visibility"] = visibility
        if not isinstance(job, Unset):
            field_dict["Job"] = job
        if not isinstance(field_href, Unset):
            field_dict["_href"] = field_href

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.all_job_note_list_item_job_ref import AllJobNoteListItemJobRef  # noqa: PLC0415
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

        _job = d.pop("Job", UNSET)
        job: AllJobNoteListItemJobRef | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = AllJobNoteListItemJobRef.from_dict(_job)

        field_href = d.pop("_href", UNSET)

        _instance = cls(
            id=_unchecked(id),
            subject=_unchecked(subject),
            visibility=_unchecked(visibility),
            job=_unchecked(job),
            field_href=_unchecked(field_href),
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
