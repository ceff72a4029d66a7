from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlantAndEquipmentCreateBilling")


@_attrs_define
class PlantAndEquipmentCreateBilling:
    """
    Attributes:
        cost_rate (float | Unset):
        overhead_rate (float | Unset):
        sell_rate (float | Unset):
        tax_code (int | Unset): ID of a tax code
    """

    cost_rate: float | Unset = UNSET
    overhead_rate: float | Unset = UNSET
    sell_rate: float | Unset = UNSET
    tax_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_rate = self.cost_rate
        overhead_rate = self.overhead_rate
        sell_rate = self.sell_rate
        tax_code = self.tax_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(cost_rate, Unset):
            field_dict["CostRate"] = cost_rate
        if not isinstance(overhead_rate, Unset):
            field_dict["OverheadRate"] = overhead_rate
        if not isinstance(sell_rate, Unset):
            field_dict["SellRate"] = sell_rate
        if not isinstance(tax_code, Unset):
            field_dict["TaxCode"] = tax_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost_rate = d.pop("CostRate", UNSET)

        overhead_rate = d.pop("OverheadRate", UNSET)

        sell_rate = d.pop("SellRate", UNSET)

        tax_code = d.pop("TaxCode", UNSET)

        _instance = cls(
            cost_rate=cost_rate,
            overhead_rate=overhead_rate,
            sell_rate=sell_rate,
            tax_code=tax_code,
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
