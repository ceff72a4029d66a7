from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalog_pricing_tier_price_based import CatalogPricingTierPriceBased
from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="CatalogPricingTier")


@_attrs_define
class CatalogPricingTier:
    """
    Attributes:
        id (int):
        name (str):
        price_based (CatalogPricingTierPriceBased):
        scaled_pricing (bool):
    """

    id: int
    name: str
    price_based: CatalogPricingTierPriceBased
    scaled_pricing: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        price_based: str | Unset = UNSET
        if not isinstance(self.price_based, Unset):
            price_based = self.price_based.value

        scaled_pricing = self.scaled_pricing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(price_based, Unset):
            field_dict["PriceBased"] = price_based
        if not isinstance(scaled_pricing, Unset):
            field_dict["ScaledPricing"] = scaled_pricing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        _price_based = d.pop("PriceBased", UNSET)
        price_based: CatalogPricingTierPriceBased | Unset
        if isinstance(_price_based, Unset):
            price_based = UNSET
        else:
            price_based = CatalogPricingTierPriceBased.parse(_price_based)

        scaled_pricing = d.pop("ScaledPricing", UNSET)

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            price_based=_unchecked(price_based),
            scaled_pricing=_unchecked(scaled_pricing),
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
