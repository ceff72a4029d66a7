from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.converted_from_quote_total import ConvertedFromQuoteTotal


T = TypeVar("T", bound="RecurringJobCostCenterCatalogListItemTotal")


@_attrs_define
class RecurringJobCostCenterCatalogListItemTotal:
    """
    Attributes:
        qty (float):
        estimated_time (float):
        amount (ConvertedFromQuoteTotal):
    """

    qty: float
    estimated_time: float
    amount: ConvertedFromQuoteTotal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qty = self.qty
        estimated_time = self.estimated_time
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(qty, Unset):
            field_dict["Qty"] = qty
        if not isinstance(estimated_time, Unset):
            field_dict["EstimatedTime"] = estimated_time
        if not isinstance(amount, Unset):
            field_dict["Amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.converted_from_quote_total import ConvertedFromQuoteTotal  # noqa: PLC0415

        d = dict(src_dict)
        qty = d.pop("Qty", UNSET)

        estimated_time = d.pop("EstimatedTime", UNSET)

        _amount = d.pop("Amount", UNSET)
        amount: ConvertedFromQuoteTotal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = ConvertedFromQuoteTotal.from_dict(_amount)

        _instance = cls(
            qty=_unchecked(qty),
            estimated_time=_unchecked(estimated_time),
            amount=_unchecked(amount),
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
