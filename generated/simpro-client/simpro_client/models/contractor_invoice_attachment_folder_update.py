from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractorInvoiceAttachmentFolderUpdate")


@_attrs_define
class ContractorInvoiceAttachmentFolderUpdate:
    """
    Attributes:
        parent_id (int | None | Unset): Deprecated: Please use Parent field. The ID of a parent folder.
        parent (int | Unset): ID of a contractor invoice attachment folder
        name (str | Unset):
    """

    parent_id: int | None | Unset = UNSET
    parent: int | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id
        parent = self.parent
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(parent_id, Unset):
            field_dict["ParentID"] = parent_id
        if not isinstance(parent, Unset):
            field_dict["Parent"] = parent
        if not isinstance(name, Unset):
            field_dict["Name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        parent = d.pop("Parent", UNSET)

        name = d.pop("Name", UNSET)

        _instance = cls(
            parent_id=parent_id,
            parent=parent,
            name=name,
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
