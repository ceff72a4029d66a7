from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.sales_tax_code_ref import SalesTaxCodeRef


T = TypeVar("T", bound="PlantAndEquipmentBilling")


@_attrs_define
class PlantAndEquipmentBilling:
    """
    Attributes:
        cost_rate (float):
        overhead_rate (float):
        sell_rate (float):
        tax_code (SalesTaxCodeRef):
    """

    cost_rate: float
    overhead_rate: float
    sell_rate: float
    tax_code: SalesTaxCodeRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_rate = self.cost_rate
        overhead_rate = self.overhead_rate
        sell_rate = self.sell_rate
        tax_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_code, Unset):
            tax_code = self.tax_code.to_dict()

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
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415

        d = dict(src_dict)
        cost_rate = d.pop("CostRate", UNSET)

        overhead_rate = d.pop("OverheadRate", UNSET)

        sell_rate = d.pop("SellRate", UNSET)

        _tax_code = d.pop("TaxCode", UNSET)
        tax_code: SalesTaxCodeRef | Unset
        if isinstance(_tax_code, Unset):
            tax_code = UNSET
        else:
            tax_code = SalesTaxCodeRef.from_dict(_tax_code)

        _instance = cls(
            cost_rate=_unchecked(cost_rate),
            overhead_rate=_unchecked(overhead_rate),
            sell_rate=_unchecked(sell_rate),
            tax_code=_unchecked(tax_code),
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
