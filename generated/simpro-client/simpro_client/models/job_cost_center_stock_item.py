from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.assigned_breakdown import AssignedBreakdown
    from ..models.job_cost_center_stock_item_catalog import JobCostCenterStockItemCatalog
    from ..models.job_cost_center_stock_item_quantity import JobCostCenterStockItemQuantity


T = TypeVar("T", bound="JobCostCenterStockItem")


@_attrs_define
class JobCostCenterStockItem:
    """
    Attributes:
        catalog (JobCostCenterStockItemCatalog):
        quantity (JobCostCenterStockItemQuantity):
        assigned_breakdown (list[AssignedBreakdown]):
    """

    catalog: JobCostCenterStockItemCatalog
    quantity: JobCostCenterStockItemQuantity
    assigned_breakdown: list[AssignedBreakdown]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.catalog, Unset):
            catalog = self.catalog.to_dict()
        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()
        assigned_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assigned_breakdown, Unset):
            assigned_breakdown = []
            for assigned_breakdown_item_data in self.assigned_breakdown:
                assigned_breakdown_item = assigned_breakdown_item_data.to_dict()
                assigned_breakdown.append(assigned_breakdown_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(catalog, Unset):
            field_dict["Catalog"] = catalog
        if not isinstance(quantity, Unset):
            field_dict["Quantity"] = quantity
        if not isinstance(assigned_breakdown, Unset):
            field_dict["AssignedBreakdown"] = assigned_breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assigned_breakdown import AssignedBreakdown  # noqa: PLC0415
        from ..models.job_cost_center_stock_item_catalog import JobCostCenterStockItemCatalog  # noqa: PLC0415
        from ..models.job_cost_center_stock_item_quantity import JobCostCenterStockItemQuantity  # noqa: PLC0415

        d = dict(src_dict)
        _catalog = d.pop("Catalog", UNSET)
        catalog: JobCostCenterStockItemCatalog | Unset
        if isinstance(_catalog, Unset):
            catalog = UNSET
        else:
            catalog = JobCostCenterStockItemCatalog.from_dict(_catalog)

        _quantity = d.pop("Quantity", UNSET)
        quantity: JobCostCenterStockItemQuantity | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = JobCostCenterStockItemQuantity.from_dict(_quantity)

        _assigned_breakdown = d.pop("AssignedBreakdown", UNSET)
        assigned_breakdown: list[AssignedBreakdown] | Unset = UNSET
        if _assigned_breakdown is not UNSET:
            assigned_breakdown = []
            for assigned_breakdown_item_data in _assigned_breakdown:
                assigned_breakdown_item = AssignedBreakdown.from_dict(assigned_breakdown_item_data)

                assigned_breakdown.append(assigned_breakdown_item)

        _instance = cls(
            catalog=_unchecked(catalog),
            quantity=_unchecked(quantity),
            assigned_breakdown=_unchecked(assigned_breakdown),
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
