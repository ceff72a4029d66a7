from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="SiteAttachmentCreate")


@_attrs_define
class SiteAttachmentCreate:
    """
    Attributes:
        filename (str):
        base_64_data (str): Base 64 encoded file content. Use parameter `?display=Base64` in the URL inorder to get
            Base64 data as part of the response of GET Request.
        folder (int | Unset): ID of a site attachment folder
        public (bool | Unset): When Public is set to true, the attachment will be available in the Customer Portal.
    """

    filename: str
    base_64_data: str
    folder: int | Unset = UNSET
    public: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename
        base_64_data = self.base_64_data
        folder = self.folder
        public = self.public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(filename, Unset):
            field_dict["Filename"] = filename
        if not isinstance(base_64_data, Unset):
            field_dict["Base64Data"] = base_64_data
        if not isinstance(folder, Unset):
            field_dict["Folder"] = folder
        if not isinstance(public, Unset):
            field_dict["Public"] = public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("Filename", UNSET)

        base_64_data = d.pop("Base64Data", UNSET)

        folder = d.pop("Folder", UNSET)

        public = d.pop("Public", UNSET)

        _instance = cls(
            filename=_unchecked(filename),
            base_64_data=_unchecked(base_64_data),
            folder=folder,
            public=public,
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
