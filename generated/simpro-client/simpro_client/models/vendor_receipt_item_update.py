from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_receipt_create_catalog_total import VendorReceiptCreateCatalogTotal


T = TypeVar("T", bound="VendorReceiptItemUpdate")


@_attrs_define
class VendorReceiptItemUpdate:
    """
    Attributes:
        unit_price (VendorReceiptCreateCatalogTotal | Unset):
        total (VendorReceiptCreateCatalogTotal | Unset):
    """

    unit_price: VendorReceiptCreateCatalogTotal | Unset = UNSET
    total: VendorReceiptCreateCatalogTotal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_price, Unset):
            unit_price = self.unit_price.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(unit_price, Unset):
            field_dict["UnitPrice"] = unit_price
        if not isinstance(total, Unset):
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_receipt_create_catalog_total import VendorReceiptCreateCatalogTotal  # noqa: PLC0415

        d = dict(src_dict)
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
            unit_price=unit_price,
            total=total,
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
