from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef
    from ..models.prebuild_ref import PrebuildRef


T = TypeVar("T", bound="CustomerContractServiceLevelAssetType")


@_attrs_define
class CustomerContractServiceLevelAssetType:
    """
    Attributes:
        asset_type (CostCenterRef):
        prebuild (PrebuildRef):
        charge_rate (float):
        estimated_time (float):
    """

    asset_type: CostCenterRef
    prebuild: PrebuildRef
    charge_rate: float
    estimated_time: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_type, Unset):
            asset_type = self.asset_type.to_dict()
        prebuild: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prebuild, Unset):
            prebuild = self.prebuild.to_dict()
        charge_rate = self.charge_rate
        estimated_time = self.estimated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(asset_type, Unset):
            field_dict["AssetType"] = asset_type
        if not isinstance(prebuild, Unset):
            field_dict["Prebuild"] = prebuild
        if not isinstance(charge_rate, Unset):
            field_dict["ChargeRate"] = charge_rate
        if not isinstance(estimated_time, Unset):
            field_dict["EstimatedTime"] = estimated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.prebuild_ref import PrebuildRef  # noqa: PLC0415

        d = dict(src_dict)
        _asset_type = d.pop("AssetType", UNSET)
        asset_type: CostCenterRef | Unset
        if isinstance(_asset_type, Unset):
            asset_type = UNSET
        else:
            asset_type = CostCenterRef.from_dict(_asset_type)

        _prebuild = d.pop("Prebuild", UNSET)
        prebuild: PrebuildRef | Unset
        if isinstance(_prebuild, Unset):
            prebuild = UNSET
        else:
            prebuild = PrebuildRef.from_dict(_prebuild)

        charge_rate = d.pop("ChargeRate", UNSET)

        estimated_time = d.pop("EstimatedTime", UNSET)

        _instance = cls(
            asset_type=_unchecked(asset_type),
            prebuild=_unchecked(prebuild),
            charge_rate=_unchecked(charge_rate),
            estimated_time=_unchecked(estimated_time),
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
