from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="Retention")


@_attrs_define
class Retention:
    """
    Attributes:
        amount (float):
        per_claim (float):
        period_months (int):
    """

    amount: float
    per_claim: float
    period_months: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount
        per_claim = self.per_claim
        period_months = self.period_months

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(amount, Unset):
            field_dict["Amount"] = amount
        if not isinstance(per_claim, Unset):
            field_dict["PerClaim"] = per_claim
        if not isinstance(period_months, Unset):
            field_dict["PeriodMonths"] = period_months

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("Amount", UNSET)

        per_claim = d.pop("PerClaim", UNSET)

        period_months = d.pop("PeriodMonths", UNSET)

        _instance = cls(
            amount=_unchecked(amount),
            per_claim=_unchecked(per_claim),
            period_months=_unchecked(period_months),
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
