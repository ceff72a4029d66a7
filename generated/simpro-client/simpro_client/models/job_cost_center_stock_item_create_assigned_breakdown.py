from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobCostCenterStockItemCreateAssignedBreakdown")


@_attrs_define
class JobCostCenterStockItemCreateAssignedBreakdown:
    """
    Attributes:
        storage (int | Unset): ID of a storage device
        quantity (float | Unset):
        value (float | Unset):
        total_value (float | Unset):
    """

    storage: int | Unset = UNSET
    quantity: float | Unset = UNSET
    value: float | Unset = UNSET
    total_value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage = self.storage
        quantity = self.quantity
        value = self.value
        total_value = self.total_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(storage, Unset):
            field_dict["Storage"] = storage
        if not isinstance(quantity, Unset):
            field_dict["Quantity"] = quantity
        if not isinstance(value, Unset):
            field_dict["Value"] = value
        if not isinstance(total_value, Unset):
            field_dict["TotalValue"] = total_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        storage = d.pop("Storage", UNSET)

        quantity = d.pop("Quantity", UNSET)

        value = d.pop("Value", UNSET)

        total_value = d.pop("TotalValue", UNSET)

        _instance = cls(
            storage=storage,
            quantity=quantity,
            value=value,
            total_value=total_value,
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
