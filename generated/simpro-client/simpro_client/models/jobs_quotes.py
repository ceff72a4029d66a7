from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef


T = TypeVar("T", bound="JobsQuotes")


@_attrs_define
class JobsQuotes:
    """
    Attributes:
        default_cost_center (CostCenterRef):
        single_cost_center (bool):
    """

    default_cost_center: CostCenterRef
    single_cost_center: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_cost_center: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_cost_center, Unset):
            default_cost_center = self.default_cost_center.to_dict()
        single_cost_center = self.single_cost_center

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(default_cost_center, Unset):
            field_dict["DefaultCostCenter"] = default_cost_center
        if not isinstance(single_cost_center, Unset):
            field_dict["SingleCostCenter"] = single_cost_center

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        _default_cost_center = d.pop("DefaultCostCenter", UNSET)
        default_cost_center: CostCenterRef | Unset
        if isinstance(_default_cost_center, Unset):
            default_cost_center = UNSET
        else:
            default_cost_center = CostCenterRef.from_dict(_default_cost_center)

        single_cost_center = d.pop("SingleCostCenter", UNSET)

        _instance = cls(
            default_cost_center=_unchecked(default_cost_center),
            single_cost_center=_unchecked(single_cost_center),
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
