from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.prebuild_catalog_list_item_catalog import PrebuildCatalogListItemCatalog


T = TypeVar("T", bound="StockItem")


@_attrs_define
class StockItem:
    """
    Attributes:
        catalog (PrebuildCatalogListItemCatalog):
        inventory_count (float):
        storage_location (float):
        assigned_to_jobs (float):
        assigned_value (float):
        inventory_value (float):
        on_order (float):
        order_value (float):
        in_transit (float):
        on_order_assigned (float):
        transit_inventory_value (float):
        order_assigned_value (float):
        total (float):
        total_value (float):
        days_in_inventory (int):
        minimum_level (float):
        restock_level (float):
    """

    catalog: PrebuildCatalogListItemCatalog
    inventory_count: float
    storage_location: float
    assigned_to_jobs: float
    assigned_value: float
    inventory_value: float
    on_order: float
    order_value: float
    in_transit: float
    on_order_assigned: float
    transit_inventory_value: float
    order_assigned_value: float
    total: float
    total_value: float
    days_in_inventory: int
    minimum_level: float
    restock_level: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.catalog, Unset):
            catalog = self.catalog.to_dict()
        inventory_count = self.inventory_count
        storage_location = self.storage_location
        assigned_to_jobs = self.assigned_to_jobs
        assigned_value = self.assigned_value
        inventory_value = self.inventory_value
        on_order = self.on_order
        order_value = self.order_value
        in_transit = self.in_transit
        on_order_assigned = self.on_order_assigned
        transit_inventory_value = self.transit_inventory_value
        order_assigned_value = self.order_assigned_value
        total = self.total
        total_value = self.total_value
        days_in_inventory = self.days_in_inventory
        minimum_level = self.minimum_level
        restock_level = self.restock_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(catalog, Unset):
            field_dict["Catalog"] = catalog
        if not isinstance(inventory_count, Unset):
            field_dict["InventoryCount"] = inventory_count
        if not isinstance(storage_location, Unset):
            field_dict["StorageLocation"] = storage_location
        if not isinstance(assigned_to_jobs, Unset):
            field_dict["AssignedToJobs"] = assigned_to_jobs
        if not isinstance(assigned_value, Unset):
            field_dict["AssignedValue"] = assigned_value
        if not isinstance(inventory_value, Unset):
            field_dict["InventoryValue"] = inventory_value
        if not isinstance(on_order, Unset):
            field_dict["OnOrder"] = on_order
        if not isinstance(order_value, Unset):
            field_dict["OrderValue"] = order_value
        if not isinstance(in_transit, Unset):
            field_dict["InTransit"] = in_transit
        if not isinstance(on_order_assigned, Unset):
            field_dict["OnOrderAssigned"] = on_order_assigned
        if not isinstance(transit_inventory_value, Unset):
            field_dict["TransitInventoryValue"] = transit_inventory_value
        if not isinstance(order_assigned_value, Unset):
            field_dict["OrderAssignedValue"] = order_assigned_value
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(total_value, Unset):
            field_dict["TotalValue"] = total_value
        if not isinstance(days_in_inventory, Unset):
            field_dict["DaysInInventory"] = days_in_inventory
        if not isinstance(minimum_level, Unset):
            field_dict["MinimumLevel"] = minimum_level
        if not isinstance(restock_level, Unset):
            field_dict["RestockLevel"] = restock_level

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

        assigned_to_jobs = d.pop("AssignedToJobs", UNSET)

        assigned_value = d.pop("AssignedValue", UNSET)

        inventory_value = d.pop("InventoryValue", UNSET)

        on_order = d.pop("OnOrder", UNSET)

        order_value = d.pop("OrderValue", UNSET)

        in_transit = d.pop("InTransit", UNSET)

        on_order_assigned = d.pop("OnOrderAssigned", UNSET)

        transit_inventory_value = d.pop("TransitInventoryValue", UNSET)

        order_assigned_value = d.pop("OrderAssignedValue", UNSET)

        total = d.pop("Total", UNSET)

        total_value = d.pop("TotalValue", UNSET)

        days_in_inventory = d.pop("DaysInInventory", UNSET)

        minimum_level = d.pop("MinimumLevel", UNSET)

        restock_level = d.pop("RestockLevel", UNSET)

        _instance = cls(
            catalog=_unchecked(catalog),
            inventory_count=_unchecked(inventory_count),
            storage_location=_unchecked(storage_location),
            assigned_to_jobs=_unchecked(assigned_to_jobs),
            assigned_value=_unchecked(assigned_value),
            inventory_value=_unchecked(inventory_value),
            on_order=_unchecked(on_order),
            order_value=_unchecked(order_value),
            in_transit=_unchecked(in_transit),
            on_order_assigned=_unchecked(on_order_assigned),
            transit_inventory_value=_unchecked(transit_inventory_value),
            order_assigned_value=_unchecked(order_assigned_value),
            total=_unchecked(total),
            total_value=_unchecked(total_value),
            days_in_inventory=_unchecked(days_in_inventory),
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
