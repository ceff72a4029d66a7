from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef
    from ..models.site_ref import SiteRef


T = TypeVar("T", bound="AllCustomerAssetListItem")


@_attrs_define
class AllCustomerAssetListItem:
    """
    Attributes:
        id (int):
        asset_type (CostCenterRef):
        site (SiteRef):
    """

    id: int
    asset_type: CostCenterRef
    site: SiteRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        asset_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_type, Unset):
            asset_type = self.asset_type.to_dict()
        site: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(asset_type, Unset):
            field_dict["AssetType"] = asset_type
        if not isinstance(site, Unset):
            field_dict["Site"] = site

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.site_ref import SiteRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _asset_type = d.pop("AssetType", UNSET)
        asset_type: CostCenterRef | Unset
        if isinstance(_asset_type, Unset):
            asset_type = UNSET
        else:
            asset_type = CostCenterRef.from_dict(_asset_type)

        _site = d.pop("Site", UNSET)
        site: SiteRef | Unset
        if isinstance(_site, Unset):
            site = UNSET
        else:
            site = SiteRef.from_dict(_site)

        _instance = cls(
            id=_unchecked(id),
            asset_type=_unchecked(asset_type),
            site=_unchecked(site),
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
