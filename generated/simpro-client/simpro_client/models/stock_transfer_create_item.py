from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StockTransferCreateItem")


@_attrs_define
class StockTransferCreateItem:
    """
    Attributes:
        catalog_id (int | Unset): ID of a Catalog.
        destination_storage_device_id (int | Unset): ID of a Storage Device.
        quantity (float | None | Unset): Quantity to transfer from source to destination storage device.
    """

    catalog_id: int | Unset = UNSET
    destination_storage_device_id: int | Unset = UNSET
    quantity: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_id = self.catalog_id
        destination_storage_device_id = self.destination_storage_device_id
        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(catalog_id, Unset):
            field_dict["CatalogID"] = catalog_id
        if not isinstance(destination_storage_device_id, Unset):
            field_dict["DestinationStorageDeviceID"] = destination_storage_device_id
        if not isinstance(quantity, Unset):
            field_dict["Quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        catalog_id = d.pop("CatalogID", UNSET)

        destination_storage_device_id = d.pop("DestinationStorageDeviceID", UNSET)

        def _parse_quantity(data: object) -> float | None | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[float | None | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(float | None | Unset, data)

        quantity = _parse_quantity(d.pop("Quantity", UNSET))

        _instance = cls(
            catalog_id=catalog_id,
            destination_storage_device_id=destination_storage_device_id,
            quantity=quantity,
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
