from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.associated_job_cost_center import AssociatedJobCostCenter


T = TypeVar("T", bound="AssociatedJob")


@_attrs_define
class AssociatedJob:
    """
    Attributes:
        id (int | Unset): This job's ID
        cost_center (AssociatedJobCostCenter | Unset):
    """

    id: int | Unset = UNSET
    cost_center: AssociatedJobCostCenter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        cost_center: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_center, Unset):
            cost_center = self.cost_center.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(cost_center, Unset):
            field_dict["CostCenter"] = cost_center

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.associated_job_cost_center import AssociatedJobCostCenter  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _cost_center = d.pop("CostCenter", UNSET)
        cost_center: AssociatedJobCostCenter | Unset
        if isinstance(_cost_center, Unset):
            cost_center = UNSET
        else:
            cost_center = AssociatedJobCostCenter.from_dict(_cost_center)

        _instance = cls(
            id=id,
            cost_center=cost_center,
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
