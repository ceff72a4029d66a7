from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RevisedEstimatedBudget")


@_attrs_define
class RevisedEstimatedBudget:
    """
    Attributes:
        materials (float | Unset): Revised estimated amount for materials
        resources (float | Unset): Revised estimated amount for resources
        resource_hours (float | Unset): Revised estimated resource hours
    """

    materials: float | Unset = UNSET
    resources: float | Unset = UNSET
    resource_hours: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        materials = self.materials
        resources = self.resources
        resource_hours = self.resource_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(materials, Unset):
            field_dict["Materials"] = materials
        if not isinstance(resources, Unset):
            field_dict["Resources"] = resources
        if not isinstance(resource_hours, Unset):
            field_dict["ResourceHours"] = resource_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        materials = d.pop("Materials", UNSET)

        resources = d.pop("Resources", UNSET)

        resource_hours = d.pop("ResourceHours", UNSET)

        _instance = cls(
            materials=materials,
            resources=resources,
            resource_hours=resource_hours,
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
