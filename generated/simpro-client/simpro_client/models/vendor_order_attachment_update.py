from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VendorOrderAttachmentUpdate")


@_attrs_define
class VendorOrderAttachmentUpdate:
    """
    Attributes:
        filename (str | Unset):
        folder (int | Unset): ID of a vendor order attachment folder
        email (bool | Unset): When Email is set to true, the attachment will be available in the forms tab on simPRO web
            UI.
    """

    filename: str | Unset = UNSET
    folder: int | Unset = UNSET
    email: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename
        folder = self.folder
        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(filename, Unset):
            field_dict["Filename"] = filename
        if not isinstance(folder, Unset):
            field_dict["Folder"] = folder
        if not isinstance(email, Unset):
            field_dict["Email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("Filename", UNSET)

        folder = d.pop("Folder", UNSET)

        email = d.pop("Email", UNSET)

        _instance = cls(
            filename=filename,
            folder=folder,
            email=email,
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
