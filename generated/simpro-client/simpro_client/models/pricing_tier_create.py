from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalog_pricing_tier_price_based import CatalogPricingTierPriceBased
from ..models.pricing_tier_tier_type import PricingTierTierType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.scaled_tier_pricing import ScaledTierPricing


T = TypeVar("T", bound="PricingTierCreate")


@_attrs_define
class PricingTierCreate:
    """
    Attributes:
        name (str):
        price_based (CatalogPricingTierPriceBased | Unset):
        default_markup (float | Unset): Set the default markup of the pricing tier
        tier_type (PricingTierTierType | Unset):
        scaled_tier_pricing (list[ScaledTierPricing] | Unset):
    """

    name: str
    price_based: CatalogPricingTierPriceBased | Unset = UNSET
    default_markup: float | Unset = UNSET
    tier_type: PricingTierTierType | Unset = UNSET
    scaled_tier_pricing: list[ScaledTierPricing] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        price_based: str | Unset = UNSET
        if not isinstance(self.price_based, Unset):
            price_based = self.price_based.value

        default_markup = self.default_markup
        tier_type: str | Unset = UNSET
        if not isinstance(self.tier_type, Unset):
            tier_type = self.tier_type.value

        scaled_tier_pricing: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scaled_tier_pricing, Unset):
            scaled_tier_pricing = []
            for scaled_tier_pricing_item_data in self.scaled_tier_pricing:
                scaled_tier_pricing_item = scaled_tier_pricing_item_data.to_dict()
                scaled_tier_pricing.append(scaled_tier_pricing_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(price_based, Unset):
            field_dict["PriceBased"] = price_based
        if not isinstance(default_markup, Unset):
            field_dict["DefaultMarkup"] = default_markup
        if not isinstance(tier_type, Unset):
            field_dict["TierType"] = tier_type
        if not isinstance(scaled_tier_pricing, Unset):
            field_dict["ScaledTierPricing"] = scaled_tier_pricing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scaled_tier_pricing import ScaledTierPricing  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        _price_based = d.pop("PriceBased", UNSET)
        price_based: CatalogPricingTierPriceBased | Unset
        if isinstance(_price_based, Unset):
            price_based = UNSET
        else:
            price_based = CatalogPricingTierPriceBased.parse(_price_based)

        default_markup = d.pop("DefaultMarkup", UNSET)

        _tier_type = d.pop("TierType", UNSET)
        tier_type: PricingTierTierType | Unset
        if isinstance(_tier_type, Unset):
            tier_type = UNSET
        else:
            tier_type = PricingTierTierType.parse(_tier_type)

        _scaled_tier_pricing = d.pop("ScaledTierPricing", UNSET)
        scaled_tier_pricing: list[ScaledTierPricing] | Unset = UNSET
        if _scaled_tier_pricing is not UNSET:
            scaled_tier_pricing = []
            for scaled_tier_pricing_item_data in _scaled_tier_pricing:
                scaled_tier_pricing_item = ScaledTierPricing.from_dict(scaled_tier_pricing_item_data)

                scaled_tier_pricing.append(scaled_tier_pricing_item)

        _instance = cls(
            name=_unchecked(name),
            price_based=price_based,
            default_markup=default_markup,
            tier_type=tier_type,
            scaled_tier_pricing=scaled_tier_pricing,
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
