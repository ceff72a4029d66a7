from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.allocation import Allocation
    from ..models.catalog_ref import CatalogRef
    from ..models.tax_code_ref import TaxCodeRef
    from ..models.vendor_receipt_catalogs_total import VendorReceiptCatalogsTotal


T = TypeVar("T", bound="VendorReceiptItem")


@_attrs_define
class VendorReceiptItem:
    """
    Attributes:
        catalog (CatalogRef):
        qty (float):
        unit_price (VendorReceiptCatalogsTotal):
        total (VendorReceiptCatalogsTotal):
        tax_code (TaxCodeRef):
        allocations (list[Allocation]):
    """

    catalog: CatalogRef
    qty: float
    unit_price: VendorReceiptCatalogsTotal
    total: VendorReceiptCatalogsTotal
    tax_code: TaxCodeRef
    allocations: list[Allocation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.catalog, Unset):
            catalog = self.catalog.to_dict()
        qty = self.qty
        unit_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_price, Unset):
            unit_price = self.unit_price.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        tax_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_code, Unset):
            tax_code = self.tax_code.to_dict()
        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(catalog, Unset):
            field_dict["Catalog"] = catalog
        if not isinstance(qty, Unset):
            field_dict["Qty"] = qty
        if not isinstance(unit_price, Unset):
            field_dict["UnitPrice"] = unit_price
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(tax_code, Unset):
            field_dict["TaxCode"] = tax_code
        if not isinstance(allocations, Unset):
            field_dict["Allocations"] = allocations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allocation import Allocation  # noqa: PLC0415
        from ..models.catalog_ref import CatalogRef  # noqa: PLC0415
        from ..models.tax_code_ref import TaxCodeRef  # noqa: PLC0415
        from ..models.vendor_receipt_catalogs_total import VendorReceiptCatalogsTotal  # noqa: PLC0415

        d = dict(src_dict)
        _catalog = d.pop("Catalog", UNSET)
        catalog: CatalogRef | Unset
        if isinstance(_catalog, Unset):
            catalog = UNSET
        else:
            catalog = CatalogRef.from_dict(_catalog)

        qty = d.pop("Qty", UNSET)

        _unit_price = d.pop("UnitPrice", UNSET)
        unit_price: VendorReceiptCatalogsTotal | Unset
        if isinstance(_unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = VendorReceiptCatalogsTotal.from_dict(_unit_price)

        _total = d.pop("Total", UNSET)
        total: VendorReceiptCatalogsTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = VendorReceiptCatalogsTotal.from_dict(_total)

        _tax_code = d.pop("TaxCode", UNSET)
        tax_code: TaxCodeRef | Unset
        if isinstance(_tax_code, Unset):
            tax_code = UNSET
        else:
            tax_code = TaxCodeRef.from_dict(_tax_code)

        _allocations = d.pop("Allocations", UNSET)
        allocations: list[Allocation] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = Allocation.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        _instance = cls(
            catalog=_unchecked(catalog),
            qty=_unchecked(qty),
            unit_price=_unchecked(unit_price),
            total=_unchecked(total),
            tax_code=_unchecked(tax_code),
            allocations=_unchecked(allocations),
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
