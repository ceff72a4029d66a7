from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef


T = TypeVar("T", bound="AssignedBreakdown")


@_attrs_define
class AssignedBreakdown:
    """
    Attributes:
        storage (CostCenterRef):
        quantity (float):
        in_stock (float):
        value (float):
        total_value (float):
    """

    storage: CostCenterRef
    quantity: float
    in_stock: float
    value: float
    total_value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()
        quantity = self.quantity
        in_stock = self.in_stock
        value = self.value
        total_value = self.total_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(storage, Unset):
            field_dict["Storage"] = storage
        if not isinstance(quantity, Unset):
            field_dict["Quantity"] = quantity
        if not isinstance(in_stock, Unset):
            field_dict["InStock"] = in_stock
        if not isinstance(value, Unset):
            field_dict["Value"] = value
        if not isinstance(total_value, Unset):
            field_dict["TotalValue"] = total_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        _storage = d.pop("Storage", UNSET)
        storage: CostCenterRef | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = CostCenterRef.from_dict(_storage)

        quantity = d.pop("Quantity", UNSET)

        in_stock = d.pop("InStock", UNSET)

        value = d.pop("Value", UNSET)

        total_value = d.pop("TotalValue", UNSET)

        _instance = cls(
            storage=_unchecked(storage),
            quantity=_unchecked(quantity),
            in_stock=_unchecked(in_stock),
            value=_unchecked(value),
            total_value=_unchecked(total_value),
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
