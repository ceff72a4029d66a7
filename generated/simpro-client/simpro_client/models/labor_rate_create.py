from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="LaborRateCreate")


@_attrs_define
class LaborRateCreate:
    """
    Attributes:
        name (str):
        tax_code (int): ID of a tax code
        cost_rate (float | Unset): This includes, per hour, the total of three rates: the amount you pay your employee,
            their employment costs such as superannuation and annual leave, and your company overheads.
        markup (float | Unset):
        multiplier (float | Unset): Use multipliers to account for technicians who take additional time to complete
            work. For example, a labor rate with a 1.5x multiplier means that an estimated time of 1 hour will be increased
            to 1.5 hours.
        is_default (bool | Unset):
        add_to_all_customers (bool | Unset): If YES, all new and existing customers that don't have labour type will be
            given this labour type. Any customers already with that labour type will not be affected.
        inc_overhead (bool | Unset):
    """

    name: str
    tax_code: int
    cost_rate: float | Unset = UNSET
    markup: float | Unset = UNSET
    multiplier: float | Unset = UNSET
    is_default: bool | Unset = UNSET
    add_to_all_customers: bool | Unset = UNSET
    inc_overhead: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        tax_code = self.tax_code
        cost_rate = self.cost_rate
        markup = self.markup
        multiplier = self.multiplier
        is_default = self.is_default
        add_to_all_customers = self.add_to_all_customers
        inc_overhead = self.inc_overhead

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(tax_code, Unset):
            field_dict["TaxCode"] = tax_code
        if not isinstance(cost_rate, Unset):
            field_dict["CostRate"] = cost_rate
        if not isinstance(markup, Unset):
            field_dict["Markup"] = markup
        if not isinstance(multiplier, Unset):
            field_dict["Multiplier"] = multiplier
        if not isinstance(is_default, Unset):
            field_dict["IsDefault"] = is_default
        if not isinstance(add_to_all_customers, Unset):
            field_dict["AddToAllCustomers"] = add_to_all_customers
        if not isinstance(inc_overhead, Unset):
            field_dict["IncOverhead"] = inc_overhead

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        tax_code = d.pop("TaxCode", UNSET)

        cost_rate = d.pop("CostRate", UNSET)

        markup = d.pop("Markup", UNSET)

        multiplier = d.pop("Multiplier", UNSET)

        is_default = d.pop("IsDefault", UNSET)

        add_to_all_customers = d.pop("AddToAllCustomers", UNSET)

        inc_overhead = d.pop("IncOverhead", UNSET)

        _instance = cls(
            name=_unchecked(name),
            tax_code=_unchecked(tax_code),
            cost_rate=cost_rate,
            markup=markup,
            multiplier=multiplier,
            is_default=is_default,
            add_to_all_customers=add_to_all_customers,
            inc_overhead=inc_overhead,
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
