from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef


T = TypeVar("T", bound="AssetTypeServiceLevelListItem")


@_attrs_define
class AssetTypeServiceLevelListItem:
    """
    Attributes:
        service_level (CostCenterRef):
        display_order (int):
        is_default (bool):
    """

    service_level: CostCenterRef
    display_order: int
    is_default: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_level: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_level, Unset):
            service_level = self.service_level.to_dict()
        display_order = self.display_order
        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(service_level, Unset):
            field_dict["ServiceLevel"] = service_level
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(is_default, Unset):
            field_dict["IsDefault"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        _service_level = d.pop("ServiceLevel", UNSET)
        service_level: CostCenterRef | Unset
        if isinstance(_service_level, Unset):
            service_level = UNSET
        else:
            service_level = CostCenterRef.from_dict(_service_level)

        display_order = d.pop("DisplayOrder", UNSET)

        is_default = d.pop("IsDefault", UNSET)

        _instance = cls(
            service_level=_unchecked(service_level),
            display_order=_unchecked(display_order),
            is_default=_unchecked(is_default),
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
