from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalog_pricing_tier_price_setting import CatalogPricingTierPriceSetting
from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogPricingTierPriceUpdate")


@_attrs_define
class CatalogPricingTierPriceUpdate:
    """
    Attributes:
        quantity (float | Unset):
        markup (float | Unset):
        sell_price (float | Unset):
        markup_add_on (float | Unset):
        sell_price_add_on (float | Unset):
        setting (CatalogPricingTierPriceSetting | Unset):
    """

    quantity: float | Unset = UNSET
    markup: float | Unset = UNSET
    sell_price: float | Unset = UNSET
    markup_add_on: float | Unset = UNSET
    sell_price_add_on: float | Unset = UNSET
    setting: CatalogPricingTierPriceSetting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity
        markup = self.markup
        sell_price = self.sell_price
        markup_add_on = self.markup_add_on
        sell_price_add_on = self.sell_price_add_on
        setting: str | Unset = UNSET
        if not isinstance(self.setting, Unset):
            setting = self.setting.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(quantity, Unset):
            field_dict["Quantity"] = quantity
        if not isinstance(markup, Unset):
            field_dict["Markup"] = markup
        if not isinstance(sell_price, Unset):
            field_dict["SellPrice"] = sell_price
        if not isinstance(markup_add_on, Unset):
            field_dict["MarkupAddOn"] = markup_add_on
        if not isinstance(sell_price_add_on, Unset):
            field_dict["SellPriceAddOn"] = sell_price_add_on
        if not isinstance(setting, Unset):
            field_dict["Setting"] = setting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("Quantity", UNSET)

        markup = d.pop("Markup", UNSET)

        sell_price = d.pop("SellPrice", UNSET)

        markup_add_on = d.pop("MarkupAddOn", UNSET)

        sell_price_add_on = d.pop("SellPriceAddOn", UNSET)

        _setting = d.pop("Setting", UNSET)
        setting: CatalogPricingTierPriceSetting | Unset
        if isinstance(_setting, Unset):
            setting = UNSET
        else:
            setting = CatalogPricingTierPriceSetting.parse(_setting)

        _instance = cls(
            quantity=quantity,
            markup=markup,
            sell_price=sell_price,
            markup_add_on=markup_add_on,
            sell_price_add_on=sell_price_add_on,
            setting=setting,
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
