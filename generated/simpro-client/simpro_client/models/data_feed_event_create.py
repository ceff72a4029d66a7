from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="DataFeedEventCreate")


@_attrs_define
class DataFeedEventCreate:
    """
    Attributes:
        id (int): A valid data feed event ID
        event_uuid (str):
        company_id (int | Unset):
        feed_name (str | Unset): Feed name used for processing the document
        document_id (int | Unset): Document ID
        document_name (str | Unset): Document Name
        error_message (str | Unset): Event error message
    """

    id: int
    event_uuid: str
    company_id: int | Unset = UNSET
    feed_name: str | Unset = UNSET
    document_id: int | Unset = UNSET
    document_name: str | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        event_uuid = self.event_uuid
        company_id = self.company_id
        feed_name = self.feed_name
        document_id = self.document_id
        document_name = self.document_name
        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(event_uuid, Unset):
            field_dict["EventUUID"] = event_uuid
        if not isinstance(company_id, Unset):
            field_dict["CompanyID"] = company_id
        if not isinstance(feed_name, Unset):
            field_dict["FeedName"] = feed_name
        if not isinstance(document_id, Unset):
            field_dict["DocumentID"] = document_id
        if not isinstance(document_name, Unset):
            field_dict["DocumentName"] = document_name
        if not isinstance(error_message, Unset):
            field_dict["ErrorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        event_uuid = d.pop("EventUUID", UNSET)

        company_id = d.pop("CompanyID", UNSET)

        feed_name = d.pop("FeedName", UNSET)

        document_id = d.pop("DocumentID", UNSET)

        document_name = d.pop("DocumentName", UNSET)

        error_message = d.pop("ErrorMessage", UNSET)

        _instance = cls(
            id=_unchecked(id),
            event_uuid=_unchecked(event_uuid),
            company_id=company_id,
            feed_name=feed_name,
            document_id=document_id,
            document_name=document_name,
            error_message=error_message,
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
