from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.pricing_tier_ref import PricingTierRef


T = TypeVar("T", bound="CompanyCustomerRatesMaterial")


@_attrs_define
class CompanyCustomerRatesMaterial:
    """
    Attributes:
        pricing_tier (PricingTierRef):
        markup (float): Markup for material rates, pricing tier default will be used when empty.
    """

    pricing_tier: PricingTierRef
    markup: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pricing_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_tier, Unset):
            pricing_tier = self.pricing_tier.to_dict()
        markup = self.markup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(pricing_tier, Unset):
            field_dict["PricingTier"] = pricing_tier
        if not isinstance(markup, Unset):
            field_dict["Markup"] = markup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pricing_tier_ref import PricingTierRef  # noqa: PLC0415

        d = dict(src_dict)
        _pricing_tier = d.pop("PricingTier", UNSET)
        pricing_tier: PricingTierRef | Unset
        if isinstance(_pricing_tier, Unset):
            pricing_tier = UNSET
        else:
            pricing_tier = PricingTierRef.from_dict(_pricing_tier)

        markup = d.pop("Markup", UNSET)

        _instance = cls(
            pricing_tier=_unchecked(pricing_tier),
            markup=_unchecked(markup),
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
