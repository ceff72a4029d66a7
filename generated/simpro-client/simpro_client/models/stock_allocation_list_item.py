from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.allocation_ref import AllocationRef
    from ..models.catalog_ref import CatalogRef
    from ..models.cost_center_ref import CostCenterRef
    from ..models.source_ref import SourceRef


T = TypeVar("T", bound="StockAllocationListItem")


@_attrs_define
class StockAllocationListItem:
    """
    Attributes:
        id (int):
        catalog (CatalogRef):
        allocation_price (float):
        quantity (int):
        storage_device (CostCenterRef):
        source (None | SourceRef):
        allocation (AllocationRef | None):
        date_allocated (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
    """

    id: int
    catalog: CatalogRef
    allocation_price: float
    quantity: int
    storage_device: CostCenterRef
    source: None | SourceRef
    allocation: AllocationRef | None
    date_allocated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.allocation_ref import AllocationRef  # noqa: PLC0415
        from ..models.source_ref import SourceRef  # noqa: PLC0415

        id = self.id
        catalog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.catalog, Unset):
            catalog = self.catalog.to_dict()
        allocation_price = self.allocation_price
        quantity = self.quantity
        storage_device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_device, Unset):
            storage_device = self.storage_device.to_dict()
        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, SourceRef):
            source = self.source.to_dict()
        else:
            source = self.source
        allocation: dict[str, Any] | None | Unset
        if isinstance(self.allocation, Unset):
            allocation = UNSET
        elif isinstance(self.allocation, AllocationRef):
            allocation = self.allocation.to_dict()
        else:
            allocation = self.allocation
        date_allocated: str | Unset = UNSET
        if not isinstance(self.date_allocated, Unset):
            date_allocated = self.date_allocated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(catalog, Unset):
            field_dict["Catalog"] = catalog
        if not isinstance(allocation_price, Unset):
            field_dict["AllocationPrice"] = allocation_price
        if not isinstance(quantity, Unset):
            field_dict["Quantity"] = quantity
        if not isinstance(storage_device, Unset):
            field_dict["StorageDevice"] = storage_device
        if not isinstance(source, Unset):
            field_dict["Source"] = source
        if not isinstance(allocation, Unset):
            field_dict["Allocation"] = allocation
        if not isinstance(date_allocated, Unset):
            field_dict["DateAllocated"] = date_allocated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allocation_ref import AllocationRef  # noqa: PLC0415
        from ..models.catalog_ref import CatalogRef  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.source_ref import SourceRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _catalog = d.pop("Catalog", UNSET)
        catalog: CatalogRef | Unset
        if isinstance(_catalog, Unset):
            catalog = UNSET
        else:
            catalog = CatalogRef.from_dict(_catalog)

        allocation_price = d.pop("AllocationPrice", UNSET)

        quantity = d.pop("Quantity", UNSET)

        _storage_device = d.pop("StorageDevice", UNSET)
        storage_device: CostCenterRef | Unset
        if isinstance(_storage_device, Unset):
            storage_device = UNSET
        else:
            storage_device = CostCenterRef.from_dict(_storage_device)

        def _parse_source(data: object) -> None | SourceRef | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | SourceRef | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_1 = SourceRef.from_dict(data)

                if is_complete(source_type_1):
                    return source_type_1
                partial_fits.append(source_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(None | SourceRef | Unset, data)

        source = _parse_source(d.pop("Source", UNSET))

        def _parse_allocation(data: object) -> AllocationRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AllocationRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allocation_type_1 = AllocationRef.from_dict(data)

                if is_complete(allocation_type_1):
                    return allocation_type_1
                partial_fits.append(allocation_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AllocationRef | None | Unset, data)

        allocation = _parse_allocation(d.pop("Allocation", UNSET))

        _date_allocated = d.pop("DateAllocated", UNSET)
        date_allocated: datetime.datetime | Unset
        if isinstance(_date_allocated, Unset):
            date_allocated = UNSET
        else:
            date_allocated = datetime.datetime.fromisoformat(_date_allocated)

        _instance = cls(
            id=_unchecked(id),
            catalog=_unchecked(catalog),
            allocation_price=_unchecked(allocation_price),
            quantity=_unchecked(quantity),
            storage_device=_unchecked(storage_device),
            source=_unchecked(source),
            allocation=_unchecked(allocation),
            date_allocated=_unchecked(date_allocated),
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
