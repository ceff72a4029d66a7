from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.added_by_ref import AddedByRef
    from ..models.folder_ref import FolderRef


T = TypeVar("T", bound="CustomerAttachment")


@_attrs_define
class CustomerAttachment:
    """
    Attributes:
        id (str):
        filename (str):
        public (bool): When Public is set to true, the attachment will be available in the Customer Portal.
        mime_type (str): Attachment mine type. (Read Only)
        file_size_bytes (int): Attachment size in bytes. (Read Only)
        date_added (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        folder (FolderRef | None | Unset):
        added_by (AddedByRef | None | Unset): Employee uploading the attachment.
    """

    id: str
    filename: str
    public: bool
    mime_type: str
    file_size_bytes: int
    date_added: datetime.datetime
    folder: FolderRef | None | Unset = UNSET
    added_by: AddedByRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        id = self.id
        filename = self.filename
        public = self.public
        mime_type = self.mime_type
        file_size_bytes = self.file_size_bytes
        date_added: str | Unset = UNSET
        if not isinstance(self.date_added, Unset):
            date_added = self.date_added.isoformat()
        folder: dict[str, Any] | None | Unset
        if isinstance(self.folder, Unset):
            folder = UNSET
        elif isinstance(self.folder, FolderRef):
            folder = self.folder.to_dict()
        else:
            folder = self.folder
        added_by: dict[str, Any] | None | Unset
        if isinstance(self.added_by, Unset):
            added_by = UNSET
        elif isinstance(self.added_by, AddedByRef):
            added_by = self.added_by.to_dict()
        else:
            added_by = self.added_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(filename, Unset):
            field_dict["Filename"] = filename
        if not isinstance(public, Unset):
            field_dict["Public"] = public
        if not isinstance(mime_type, Unset):
            field_dict["MimeType"] = mime_type
        if not isinstance(file_size_bytes, Unset):
            field_dict["FileSizeBytes"] = file_size_bytes
        if not isinstance(date_added, Unset):
            field_dict["DateAdded"] = date_added
        if not isinstance(folder, Unset):
            field_dict["Folder"] = folder
        if not isinstance(added_by, Unset):
            field_dict["AddedBy"] = added_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        filename = d.pop("Filename", UNSET)

        public = d.pop("Public", UNSET)

        mime_type = d.pop("MimeType", UNSET)

        file_size_bytes = d.pop("FileSizeBytes", UNSET)

        _date_added = d.pop("DateAdded", UNSET)
        date_added: datetime.datetime | Unset
        if isinstance(_date_added, Unset):
            date_added = UNSET
        else:
            date_added = datetime.datetime.fromisoformat(_date_added)

        def _parse_folder(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                folder_type_1 = FolderRef.from_dict(data)

                if is_complete(folder_type_1):
                    return folder_type_1
                partial_fits.append(folder_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        folder = _parse_folder(d.pop("Folder", UNSET))

        def _parse_added_by(data: object) -> AddedByRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AddedByRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                added_by_type_1 = AddedByRef.from_dict(data)

                if is_complete(added_by_type_1):
                    return added_by_type_1
                partial_fits.append(added_by_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AddedByRef | None | Unset, data)

        added_by = _parse_added_by(d.pop("AddedBy", UNSET))

        _instance = cls(
            id=_unchecked(id),
            filename=_unchecked(filename),
            public=_unchecked(public),
            mime_type=_unchecked(mime_type),
            file_size_bytes=_unchecked(file_size_bytes),
            date_added=_unchecked(date_added),
            folder=folder,
            added_by=added_by,
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
