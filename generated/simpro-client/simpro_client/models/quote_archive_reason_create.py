from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteArchiveReasonCreate")


@_attrs_define
class QuoteArchiveReasonCreate:
    """
    Attributes:
        archive_reason (str | Unset):
        display_order (int | Unset):
        archived (bool | Unset):
    """

    archive_reason: str | Unset = UNSET
    display_order: int | Unset = UNSET
    archived: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archive_reason = self.archive_reason
        display_order = self.display_order
        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(archive_reason, Unset):
            field_dict["ArchiveReason"] = archive_reason
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        archive_reason = d.pop("ArchiveReason", UNSET)

        display_order = d.pop("DisplayOrder", UNSET)

        archived = d.pop("Archived", UNSET)

        _instance = cls(
            archive_reason=archive_reason,
            display_order=display_order,
            archived=archived,
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
