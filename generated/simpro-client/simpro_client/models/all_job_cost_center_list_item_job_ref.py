from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="AllJobCostCenterListItemJobRef")


@_attrs_define
class AllJobCostCenterListItemJobRef:
    """
    Attributes:
        id (int):
        type_ (str):
        name (str):
        stage (str):
        status (str):
    """

    id: int
    type_: str
    name: str
    stage: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        type_ = self.type_
        name = self.name
        stage = self.stage
        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(status, Unset):
            field_dict["Status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        type_ = d.pop("Type", UNSET)

        name = d.pop("Name", UNSET)

        stage = d.pop("Stage", UNSET)

        status = d.pop("Status", UNSET)

        _instance = cls(
            id=_unchecked(id),
            type_=_unchecked(type_),
            name=_unchecked(name),
            stage=_unchecked(stage),
            status=_unchecked(status),
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
