from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="CatalogListItem")


@_attrs_define
class CatalogListItem:
    """
    Attributes:
        id (int):
        part_no (str): The vendor part number for the item.
        name (str): Set a name for the item to appear on itemised quotes, jobs and invoices, and to search for in the
            catalogue local search.
        trade_price (float): Deprecated: Please use TradePriceEx/TradePriceInc. The non-discounted price per unit.
        trade_price_ex (float): The non-discounted price per unit excluding tax.
        trade_price_inc (float): The non-discounted price per unit including tax.
        split_price (float): Deprecated: Please use SplitPriceEx/SplitPriceInc. Set the trade price you pay per unit
            when purchasing below the Trade Split Quantity.
        split_price_ex (float): Set the trade price you pay per unit excluding tax when purchasing below the Trade Split
            Quantity.
        split_price_inc (float): Set the trade price you pay per unit including tax when purchasing below the Trade
            Split Quantity.
    """

    id: int
    part_no: str
    name: str
    trade_price: float
    trade_price_ex: float
    trade_price_inc: float
    split_price: float
    split_price_ex: float
    split_price_inc: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        part_no = self.part_no
        name = self.name
        trade_price = self.trade_price
        trade_price_ex = self.trade_price_ex
        trade_price_inc = self.trade_price_inc
        split_price = self.split_price
        split_price_ex = self.split_price_ex
        split_price_inc = self.split_price_inc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(part_no, Unset):
            field_dict["PartNo"] = part_no
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(trade_price, Unset):
            field_dict["TradePrice"] = trade_price
        if not isinstance(trade_price_ex, Unset):
            field_dict["TradePriceEx"] = trade_price_ex
        if not isinstance(trade_price_inc, Unset):
            field_dict["TradePriceInc"] = trade_price_inc
        if not isinstance(split_price, Unset):
            field_dict["SplitPrice"] = split_price
        if not isinstance(split_price_ex, Unset):
            field_dict["SplitPriceEx"] = split_price_ex
        if not isinstance(split_price_inc, Unset):
            field_dict["SplitPriceInc"] = split_price_inc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        part_no = d.pop("PartNo", UNSET)

        name = d.pop("Name", UNSET)

        trade_price = d.pop("TradePrice", UNSET)

        trade_price_ex = d.pop("TradePriceEx", UNSET)

        trade_price_inc = d.pop("TradePriceInc", UNSET)

        split_price = d.pop("SplitPrice", UNSET)

        split_price_ex = d.pop("SplitPriceEx", UNSET)

        split_price_inc = d.pop("SplitPriceInc", UNSET)

        _instance = cls(
            id=_unchecked(id),
            part_no=_unchecked(part_no),
            name=_unchecked(name),
            trade_price=_unchecked(trade_price),
            trade_price_ex=_unchecked(trade_price_ex),
            trade_price_inc=_unchecked(trade_price_inc),
            split_price=_unchecked(split_price),
            split_price_ex=_unchecked(split_price_ex),
            split_price_inc=_unchecked(split_price_inc),
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
