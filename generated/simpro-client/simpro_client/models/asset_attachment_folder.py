from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.folder_ref import FolderRef


T = TypeVar("T", bound="AssetAttachmentFolder")


@_attrs_define
class AssetAttachmentFolder:
    """
    Attributes:
        id (int):
        name (str):
        parent_id (int | None | Unset): Deprecated: Please use Parent field. The ID of a parent folder.
        parent (FolderRef | int | None | Unset): Parent folder information. Set null if this folder has no parent.
    """

    id: int
    name: str
    parent_id: int | None | Unset = UNSET
    parent: FolderRef | int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        id = self.id
        name = self.name
        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id
        parent: dict[str, Any] | int | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, FolderRef):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(parent_id, Unset):
            field_dict["ParentID"] = parent_id
        if not isinstance(parent, Unset):
            field_dict["Parent"] = parent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        def _parse_parent_id(data: object) -> int | None | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[int | None | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("ParentID", UNSET))

        def _parse_parent(data: object) -> FolderRef | int | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | int | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_1 = FolderRef.from_dict(data)

                if is_complete(parent_type_1):
                    return parent_type_1
                partial_fits.append(parent_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | int | None | Unset, data)

        parent = _parse_parent(d.pop("Parent", UNSET))

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            parent_id=parent_id,
            parent=parent,
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
