from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount_with_taxes import AmountWithTaxes


T = TypeVar("T", bound="MultiCurrencyAmountWithTaxes")


@_attrs_define
class MultiCurrencyAmountWithTaxes:
    """
    Attributes:
        base (AmountWithTaxes | Unset):
        counter (AmountWithTaxes | Unset):
        rate (float | Unset):
    """

    base: AmountWithTaxes | Unset = UNSET
    counter: AmountWithTaxes | Unset = UNSET
    rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base, Unset):
            base = self.base.to_dict()
        counter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.counter, Unset):
            counter = self.counter.to_dict()
        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(base, Unset):
            field_dict["base"] = base
        if not isinstance(counter, Unset):
            field_dict["counter"] = counter
        if not isinstance(rate, Unset):
            field_dict["rate"] = rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount_with_taxes import AmountWithTaxes  # noqa: PLC0415

        d = dict(src_dict)
        _base = d.pop("base", UNSET)
        base: AmountWithTaxes | Unset
        if isinstance(_base, Unset):
            base = UNSET
        else:
            base = AmountWithTaxes.from_dict(_base)

        _counter = d.pop("counter", UNSET)
        counter: AmountWithTaxes | Unset
        if isinstance(_counter, Unset):
            counter = UNSET
        else:
            counter = AmountWithTaxes.from_dict(_counter)

        rate = d.pop("rate", UNSET)

        _instance = cls(
            base=base,
            counter=counter,
            rate=rate,
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
