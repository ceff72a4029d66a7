from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="AmountWithTaxes")


@_attrs_define
class AmountWithTaxes:
    """
    Attributes:
        excluding_taxes (Money | Unset):
        taxes (list[Any] | Unset):
        including_taxes (Money | Unset):
    """

    excluding_taxes: Money | Unset = UNSET
    taxes: list[Any] | Unset = UNSET
    including_taxes: Money | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        excluding_taxes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.excluding_taxes, Unset):
            excluding_taxes = self.excluding_taxes.to_dict()
        taxes: list[Any] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = self.taxes

        including_taxes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.including_taxes, Unset):
            including_taxes = self.including_taxes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(excluding_taxes, Unset):
            field_dict["excludingTaxes"] = excluding_taxes
        if not isinstance(taxes, Unset):
            field_dict["taxes"] = taxes
        if not isinstance(including_taxes, Unset):
            field_dict["includingTaxes"] = including_taxes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        _excluding_taxes = d.pop("excludingTaxes", UNSET)
        excluding_taxes: Money | Unset
        if isinstance(_excluding_taxes, Unset):
            excluding_taxes = UNSET
        else:
            excluding_taxes = Money.from_dict(_excluding_taxes)

        taxes: list[Any] = d.pop("taxes", UNSET)

        _including_taxes = d.pop("includingTaxes", UNSET)
        including_taxes: Money | Unset
        if isinstance(_including_taxes, Unset):
            including_taxes = UNSET
        else:
            including_taxes = Money.from_dict(_including_taxes)

        _instance = cls(
            excluding_taxes=excluding_taxes,
            taxes=taxes,
            including_taxes=including_taxes,
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
