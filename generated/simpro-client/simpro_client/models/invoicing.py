from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoicing_retainage_hold import InvoicingRetainageHold
from ..models.invoicing_show_sell_cost_prices import InvoicingShowSellCostPrices
from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="Invoicing")


@_attrs_define
class Invoicing:
    """
    Attributes:
        show_sell_cost_prices (InvoicingShowSellCostPrices):
        finance_charge_label (str):
        tracking (InvoicingShowSellCostPrices):
        retainage_hold (InvoicingRetainageHold):
    """

    show_sell_cost_prices: InvoicingShowSellCostPrices
    finance_charge_label: str
    tracking: InvoicingShowSellCostPrices
    retainage_hold: InvoicingRetainageHold
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        show_sell_cost_prices: str | Unset = UNSET
        if not isinstance(self.show_sell_cost_prices, Unset):
            show_sell_cost_prices = self.show_sell_cost_prices.value

        finance_charge_label = self.finance_charge_label
        tracking: str | Unset = UNSET
        if not isinstance(self.tracking, Unset):
            tracking = self.tracking.value

        retainage_hold: str | Unset = UNSET
        if not isinstance(self.retainage_hold, Unset):
            retainage_hold = self.retainage_hold.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(show_sell_cost_prices, Unset):
            field_dict["ShowSellCostPrices"] = show_sell_cost_prices
        if not isinstance(finance_charge_label, Unset):
            field_dict["FinanceChargeLabel"] = finance_charge_label
        if not isinstance(tracking, Unset):
            field_dict["Tracking"] = tracking
        if not isinstance(retainage_hold, Unset):
            field_dict["RetainageHold"] = retainage_hold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _show_sell_cost_prices = d.pop("ShowSellCostPrices", UNSET)
        show_sell_cost_prices: InvoicingShowSellCostPrices | Unset
        if isinstance(_show_sell_cost_prices, Unset):
            show_sell_cost_prices = UNSET
        else:
            show_sell_cost_prices = InvoicingShowSellCostPrices.parse(_show_sell_cost_prices)

        finance_charge_label = d.pop("FinanceChargeLabel", UNSET)

        _tracking = d.pop("Tracking", UNSET)
        tracking: InvoicingShowSellCostPrices | Unset
        if isinstance(_tracking, Unset):
            tracking = UNSET
        else:
            tracking = InvoicingShowSellCostPrices.parse(_tracking)

        _retainage_hold = d.pop("RetainageHold", UNSET)
        retainage_hold: InvoicingRetainageHold | Unset
        if isinstance(_retainage_hold, Unset):
            retainage_hold = UNSET
        else:
            retainage_hold = InvoicingRetainageHold.parse(_retainage_hold)

        _instance = cls(
            show_sell_cost_prices=_unchecked(show_sell_cost_prices),
            finance_charge_label=_unchecked(finance_charge_label),
            tracking=_unchecked(tracking),
            retainage_hold=_unchecked(retainage_hold),
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
