from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.prebuild_catalog_list_item_catalog import PrebuildCatalogListItemCatalog


T = TypeVar("T", bound="StockItemListItem")


@_attrs_define
class StockItemListItem:
    """
    Attributes:
        catalog (PrebuildCatalogListItemCatalog):
        inventory_count (float):
        storage_location (float):
        inventory_value (float):
    """

    catalog: PrebuildCatalogListItemCatalog
    inventory_count: float
    storage_location: float
    inventory_value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.catalog, Unset):
            catalog = self.catalog.to_dict()
        inventory_count = self.inventory_count
        storage_location = self.storage_location
        inventory_value = self.inventory_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(catalog, Unset):
            field_dict["Catalog"] = catalog
        if not isinstance(inventory_count, Unset):
            field_dict["InventoryCount"] = inventory_count
        if not isinstance(storage_location, Unset):
            field_dict["StorageLocation"] = storage_location
        if not isinstance(inventory_value, Unset):
            field_dict["InventoryValue"] = inventory_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prebuild_catalog_list_item_catalog import PrebuildCatalogListItemCatalog  # noqa: PLC0415

        d = dict(src_dict)
        _catalog = d.pop("Catalog", UNSET)
        catalog: PrebuildCatalogListItemCatalog | Unset
        if isinstance(_catalog, Unset):
            catalog = UNSET
        else:
            catalog = PrebuildCatalogListItemCatalog.from_dict(_catalog)

        inventory_count = d.pop("InventoryCount", UNSET)

        storage_location = d.pop("StorageLocation", UNSET)

        inventory_value = d.pop("InventoryValue", UNSET)

        _instance = cls(
            catalog=_unchecked(catalog),
            inventory_count=_unchecked(inventory_count),
            storage_location=_unchecked(storage_location),
            inventory_value=_unchecked(inventory_value),
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
