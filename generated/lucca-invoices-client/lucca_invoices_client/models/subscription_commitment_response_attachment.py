from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_reference import FileReference
    from ..models.subscription_commitment_response_attachment_pages import SubscriptionCommitmentResponseAttachmentPages


T = TypeVar("T", bound="SubscriptionCommitmentResponseAttachment")


@_attrs_define
class SubscriptionCommitmentResponseAttachment:
    """
    Attributes:
        id (int | Unset):
        file (FileReference | Unset):
        created_at (datetime.datetime | Unset):
        pages (SubscriptionCommitmentResponseAttachmentPages | Unset):
    """

    id: int | Unset = UNSET
    file: FileReference | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    pages: SubscriptionCommitmentResponseAttachmentPages | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()
        pages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pages, Unset):
            pages = self.pages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if not isinstance(file, Unset):
            field_dict["file"] = file
        if not isinstance(created_at, Unset):
            field_dict["createdAt"] = created_at
        if not isinstance(pages, Unset):
            field_dict["pages"] = pages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_reference import FileReference  # noqa: PLC0415
        from ..models.subscription_commitment_response_attachment_pages import (
            SubscriptionCommitmentResponseAttachmentPages,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _file = d.pop("file", UNSET)
        file: FileReference | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = FileReference.from_dict(_file)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _pages = d.pop("pages", UNSET)
        pages: SubscriptionCommitmentResponseAttachmentPages | Unset
        if isinstance(_pages, Unset):
            pages = UNSET
        else:
            pages = SubscriptionCommitmentResponseAttachmentPages.from_dict(_pages)

        _instance = cls(
            id=id,
            file=file,
            created_at=created_at,
            pages=pages,
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
