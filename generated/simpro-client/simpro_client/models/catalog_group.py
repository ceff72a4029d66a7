from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.folder_ref import FolderRef


T = TypeVar("T", bound="CatalogGroup")


@_attrs_define
class CatalogGroup:
    """
    Attributes:
        id (int):
        name (str):
        display_order (int):
        date_created (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        is_third_party_group (bool):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        archived (bool):
        parent_group (FolderRef | None | Unset):
    """

    id: int
    name: str
    display_order: int
    date_created: datetime.datetime
    is_third_party_group: bool
    date_modified: datetime.datetime
    archived: bool
    parent_group: FolderRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        id = self.id
        name = self.name
        display_order = self.display_order
        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        is_third_party_group = self.is_third_party_group
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        archived = self.archived
        parent_group: dict[str, Any] | None | Unset
        if isinstance(self.parent_group, Unset):
            parent_group = UNSET
        elif isinstance(self.parent_group, FolderRef):
            parent_group = self.parent_group.to_dict()
        else:
            parent_group = self.parent_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(date_created, Unset):
            field_dict["DateCreated"] = date_created
        if not isinstance(is_third_party_group, Unset):
            field_dict["IsThirdPartyGroup"] = is_third_party_group
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(parent_group, Unset):
            field_dict["ParentGroup"] = parent_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        display_order = d.pop("DisplayOrder", UNSET)

        _date_created = d.pop("DateCreated", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = datetime.datetime.fromisoformat(_date_created)

        is_third_party_group = d.pop("IsThirdPartyGroup", UNSET)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        archived = d.pop("Archived", UNSET)

        def _parse_parent_group(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_group_type_1 = FolderRef.from_dict(data)

                if is_complete(parent_group_type_1):
                    return parent_group_type_1
                partial_fits.append(parent_group_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        parent_group = _parse_parent_group(d.pop("ParentGroup", UNSET))

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            display_order=_unchecked(display_order),
            date_created=_unchecked(date_created),
            is_third_party_group=_unchecked(is_third_party_group),
            date_modified=_unchecked(date_modified),
            archived=_unchecked(archived),
            parent_group=parent_group,
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
