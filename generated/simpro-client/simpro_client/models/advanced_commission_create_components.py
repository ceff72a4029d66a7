from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvancedCommissionCreateComponents")


@_attrs_define
class AdvancedCommissionCreateComponents:
    """
    Attributes:
        catalog (float | Unset): Catalog rate of the commission tier.
        prebuild (float | Unset): Prebuild rate of the commission tier.
        one_offs (float | Unset): Oneoffs rate of the commission tier.
        labor (float | Unset): Labor rate of the commission tier.
        service_fee (float | Unset): Service fee rate of the commission tier.
        adjustment (float | Unset): Adjustment rate of the commission tier.
    """

    catalog: float | Unset = UNSET
    prebuild: float | Unset = UNSET
    one_offs: float | Unset = UNSET
    labor: float | Unset = UNSET
    service_fee: float | Unset = UNSET
    adjustment: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog = self.catalog
        prebuild = self.prebuild
        one_offs = self.one_offs
        labor = self.labor
        service_fee = self.service_fee
        adjustment = self.adjustment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(catalog, Unset):
            field_dict["Catalog"] = catalog
        if not isinstance(prebuild, Unset):
            field_dict["Prebuild"] = prebuild
        if not isinstance(one_offs, Unset):
            field_dict["OneOffs"] = one_offs
        if not isinstance(labor, Unset):
            field_dict["Labor"] = labor
        if not isinstance(service_fee, Unset):
            field_dict["ServiceFee"] = service_fee
        if not isinstance(adjustment, Unset):
            field_dict["Adjustment"] = adjustment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        catalog = d.pop("Catalog", UNSET)

        prebuild = d.pop("Prebuild", UNSET)

        one_offs = d.pop("OneOffs", UNSET)

        labor = d.pop("Labor", UNSET)

        service_fee = d.pop("ServiceFee", UNSET)

        adjustment = d.pop("Adjustment", UNSET)

        _instance = cls(
            catalog=catalog,
            prebuild=prebuild,
            one_offs=one_offs,
            labor=labor,
            service_fee=service_fee,
            adjustment=adjustment,
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
