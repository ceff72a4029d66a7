from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef


T = TypeVar("T", bound="CatalogInventoryListItem")


@_attrs_define
class CatalogInventoryListItem:
    """
    Attributes:
        storage_device (CostCenterRef):
        storage_location (str): A location reference within a storage device.
        minimum_level (float): Represents minimum quantity of the stock that should be held at all times.
        restock_level (float): Represents quantity of the stock that should be ordered through vendor order or stock
            transfer.
    """

    storage_device: CostCenterRef
    storage_location: str
    minimum_level: float
    restock_level: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage_device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_device, Unset):
            storage_device = self.storage_device.to_dict()
        storage_location = self.storage_location
        minimum_level = self.minimum_level
        restock_level = self.restock_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(storage_device, Unset):
            field_dict["StorageDevice"] = storage_device
        if not isinstance(storage_location, Unset):
            field_dict["StorageLocation"] = storage_location
        if not isinstance(minimum_level, Unset):
            field_dict["MinimumLevel"] = minimum_level
        if not isinstance(restock_level, Unset):
            field_dict["RestockLevel"] = restock_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        _storage_device = d.pop("StorageDevice", UNSET)
        storage_device: CostCenterRef | Unset
        if isinstance(_storage_device, Unset):
            storage_device = UNSET
        else:
            storage_device = CostCenterRef.from_dict(_storage_device)

        storage_location = d.pop("StorageLocation", UNSET)

        minimum_level = d.pop("MinimumLevel", UNSET)

        restock_level = d.pop("RestockLevel", UNSET)

        _instance = cls(
            storage_device=_unchecked(storage_device),
            storage_location=_unchecked(storage_location),
            minimum_level=_unchecked(minimum_level),
            restock_level=_unchecked(restock_level),
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
