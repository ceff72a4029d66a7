from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="ProjectRef")


@_attrs_define
class ProjectRef:
    """
    Attributes:
        name (str):
        id (int):
        section_id (int):
        cost_center_id (int):
        cost_center_name (str):
    """

    name: str
    id: int
    section_id: int
    cost_center_id: int
    cost_center_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        id = self.id
        section_id = self.section_id
        cost_center_id = self.cost_center_id
        cost_center_name = self.cost_center_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(section_id, Unset):
            field_dict["SectionID"] = section_id
        if not isinstance(cost_center_id, Unset):
            field_dict["CostCenterID"] = cost_center_id
        if not isinstance(cost_center_name, Unset):
            field_dict["CostCenterName"] = cost_center_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        id = d.pop("ID", UNSET)

        section_id = d.pop("SectionID", UNSET)

        cost_center_id = d.pop("CostCenterID", UNSET)

        cost_center_name = d.pop("CostCenterName", UNSET)

        _instance = cls(
            name=_unchecked(name),
            id=_unchecked(id),
            section_id=_unchecked(section_id),
            cost_center_id=_unchecked(cost_center_id),
            cost_center_name=_unchecked(cost_center_name),
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
