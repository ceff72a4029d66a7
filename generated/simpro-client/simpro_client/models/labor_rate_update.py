from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.labor_rate_update_update_changes_to import LaborRateUpdateUpdateChangesTo
from ..types import UNSET, Unset

T = TypeVar("T", bound="LaborRateUpdate")


@_attrs_define
class LaborRateUpdate:
    """
    Attributes:
        name (str | Unset):
        cost_rate (float | Unset): This includes, per hour, the total of three rates: the amount you pay your employee,
            their employment costs such as superannuation and annual leave, and your company overheads.
        markup (float | Unset):
        multiplier (float | Unset): Use multipliers to account for technicians who take additional time to complete
            work. For example, a labor rate with a 1.5x multiplier means that an estimated time of 1 hour will be increased
            to 1.5 hours.
        tax_code (int | Unset): ID of a tax code
        is_default (bool | Unset):
        add_to_all_customers (bool | Unset): If YES, all new and existing customers that don't have labour type will be
            given this labour type. Any customers already with that labour type will not be affected.
        update_changes_to (LaborRateUpdateUpdateChangesTo | Unset):
        inc_overhead (bool | Unset):
    """

    name: str | Unset = UNSET
    cost_rate: float | Unset = UNSET
    markup: float | Unset = UNSET
    multiplier: float | Unset = UNSET
    tax_code: int | Unset = UNSET
    is_default: bool | Unset = UNSET
    add_to_all_customers: bool | Unset = UNSET
    update_changes_to: LaborRateUpdateUpdateChangesTo | Unset = UNSET
    inc_overhead: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        cost_rate = self.cost_rate
        markup = self.markup
        multiplier = self.multiplier
        tax_code = self.tax_code
        is_default = self.is_default
        add_to_all_customers = self.add_to_all_customers
        update_changes_to: str | Unset = UNSET
        if not isinstance(self.update_changes_to, Unset):
            update_changes_to = self.update_changes_to.value

        inc_overhead = self.inc_overhead

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(cost_rate, Unset):
            field_dict["CostRate"] = cost_rate
        if not isinstance(markup, Unset):
            field_dict["Markup"] = markup
        if not isinstance(multiplier, Unset):
            field_dict["Multiplier"] = multiplier
        if not isinstance(tax_code, Unset):
            field_dict["TaxCode"] = tax_code
        if not isinstance(is_default, Unset):
            field_dict["IsDefault"] = is_default
        if not isinstance(add_to_all_customers, Unset):
            field_dict["AddToAllCustomers"] = add_to_all_customers
        if not isinstance(update_changes_to, Unset):
            field_dict["UpdateChangesTo"] = update_changes_to
        if not isinstance(inc_overhead, Unset):
            field_dict["IncOverhead"] = inc_overhead

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        cost_rate = d.pop("CostRate", UNSET)

        markup = d.pop("Markup", UNSET)

        multiplier = d.pop("Multiplier", UNSET)

        tax_code = d.pop("TaxCode", UNSET)

        is_default = d.pop("IsDefault", UNSET)

        add_to_all_customers = d.pop("AddToAllCustomers", UNSET)

        _update_changes_to = d.pop("UpdateChangesTo", UNSET)
        update_changes_to: LaborRateUpdateUpdateChangesTo | Unset
        if isinstance(_update_changes_to, Unset):
            update_changes_to = UNSET
        else:
            update_changes_to = LaborRateUpdateUpdateChangesTo.parse(_update_changes_to)

        inc_overhead = d.pop("IncOverhead", UNSET)

        _instance = cls(
            name=name,
            cost_rate=cost_rate,
            markup=markup,
            multiplier=multiplier,
            tax_code=tax_code,
            is_default=is_default,
            add_to_all_customers=add_to_all_customers,
            update_changes_to=update_changes_to,
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
