from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="CatalogCurrency")


@_attrs_define
class CatalogCurrency:
    """
    Attributes:
        currency (str): ID of a valid currency.
        trade_price (float):
        split_price (float):
        is_default (bool): Set this to true if the currency is default currency.
    """

    currency: str
    trade_price: float
    split_price: float
    is_default: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency
        trade_price = self.trade_price
        split_price = self.split_price
        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(trade_price, Unset):
            field_dict["TradePrice"] = trade_price
        if not isinstance(split_price, Unset):
            field_dict["SplitPrice"] = split_price
        if not isinstance(is_default, Unset):
            field_dict["IsDefault"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("Currency", UNSET)

        trade_price = d.pop("TradePrice", UNSET)

        split_price = d.pop("SplitPrice", UNSET)

        is_default = d.pop("IsDefault", UNSET)

        _instance = cls(
            currency=_unchecked(currency),
            trade_price=_unchecked(trade_price),
            split_price=_unchecked(split_price),
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
