from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.assigned_to import AssignedTo
    from ..models.cost_center_ref import CostCenterRef
    from ..models.vendor_order_item_allocation_quantity import VendorOrderItemAllocationQuantity


T = TypeVar("T", bound="VendorOrderItemAllocationListItem")


@_attrs_define
class VendorOrderItemAllocationListItem:
    """
    Attributes:
        due_date (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null or
            Field=ne(null)
        notes (str):
        storage_device (CostCenterRef):
        assigned_to (AssignedTo | None):
        quantity (VendorOrderItemAllocationQuantity):
        total (float):
    """

    due_date: datetime.date
    notes: str
    storage_device: CostCenterRef
    assigned_to: AssignedTo | None
    quantity: VendorOrderItemAllocationQuantity
    total: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assigned_to import AssignedTo  # noqa: PLC0415

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()
        notes = self.notes
        storage_device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_device, Unset):
            storage_device = self.storage_device.to_dict()
        assigned_to: dict[str, Any] | None | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        elif isinstance(self.assigned_to, AssignedTo):
            assigned_to = self.assigned_to.to_dict()
        else:
            assigned_to = self.assigned_to
        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()
        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(storage_device, Unset):
            field_dict["StorageDevice"] = storage_device
        if not isinstance(assigned_to, Unset):
            field_dict["AssignedTo"] = assigned_to
        if not isinstance(quantity, Unset):
            field_dict["Quantity"] = quantity
        if not isinstance(total, Unset):
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assigned_to import AssignedTo  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.vendor_order_item_allocation_quantity import VendorOrderItemAllocationQuantity  # noqa: PLC0415

        d = dict(src_dict)
        _due_date = d.pop("DueDate", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        notes = d.pop("Notes", UNSET)

        _storage_device = d.pop("StorageDevice", UNSET)
        storage_device: CostCenterRef | Unset
        if isinstance(_storage_device, Unset):
            storage_device = UNSET
        else:
            storage_device = CostCenterRef.from_dict(_storage_device)

        def _parse_assigned_to(data: object) -> AssignedTo | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AssignedTo | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assigned_to_type_1 = AssignedTo.from_dict(data)

                if is_complete(assigned_to_type_1):
                    return assigned_to_type_1
                partial_fits.append(assigned_to_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AssignedTo | None | Unset, data)

        assigned_to = _parse_assigned_to(d.pop("AssignedTo", UNSET))

        _quantity = d.pop("Quantity", UNSET)
        quantity: VendorOrderItemAllocationQuantity | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = VendorOrderItemAllocationQuantity.from_dict(_quantity)

        total = d.pop("Total", UNSET)

        _instance = cls(
            due_date=_unchecked(due_date),
            notes=_unchecked(notes),
            storage_device=_unchecked(storage_device),
            assigned_to=_unchecked(assigned_to),
            quantity=_unchecked(quantity),
            total=_unchecked(total),
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
