from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.vendor_receipt_create_catalog_total import VendorReceiptCreateCatalogTotal


T = TypeVar("T", bound="VendorReceiptCreateCatalog")


@_attrs_define
class VendorReceiptCreateCatalog:
    """
    Attributes:
        catalog (int): ID of a catalog item
        qty (float):
        expense_cost_center (int): ID of a cost center
        unit_price (VendorReceiptCreateCatalogTotal):
        total (VendorReceiptCreateCatalogTotal):
    """

    catalog: int
    qty: float
    expense_cost_center: int
    unit_price: VendorReceiptCreateCatalogTotal
    total: VendorReceiptCreateCatalogTotal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog = self.catalog
        qty = self.qty
        expense_cost_center = self.expense_cost_center
        unit_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_price, Unset):
            unit_price = self.unit_price.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(catalog, Unset):
            field_dict["Catalog"] = catalog
        if not isinstance(qty, Unset):
            field_dict["Qty"] = qty
        if not isinstance(expense_cost_center, Unset):
            field_dict["ExpenseCostCenter"] = expense_cost_center
        if not isinstance(unit_price, Unset):
            field_dict["UnitPrice"] = unit_price
        if not isinstance(total, Unset):
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_receipt_create_catalog_total import VendorReceiptCreateCatalogTotal  # noqa: PLC0415

        d = dict(src_dict)
        catalog = d.pop("Catalog", UNSET)

        qty = d.pop("Qty", UNSET)

        expense_cost_center = d.pop("ExpenseCostCenter", UNSET)

        _unit_price = d.pop("UnitPrice", UNSET)
        unit_price: VendorReceiptCreateCatalogTotal | Unset
        if isinstance(_unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = VendorReceiptCreateCatalogTotal.from_dict(_unit_price)

        _total = d.pop("Total", UNSET)
        total: VendorReceiptCreateCatalogTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = VendorReceiptCreateCatalogTotal.from_dict(_total)

        _instance = cls(
            catalog=_unchecked(catalog),
            qty=_unchecked(qty),
            expense_cost_center=_unchecked(expense_cost_center),
            unit_price=_unchecked(unit_price),
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
