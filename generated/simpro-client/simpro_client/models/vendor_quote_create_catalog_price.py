from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.line_total import LineTotal


T = TypeVar("T", bound="VendorQuoteCreateCatalogPrice")


@_attrs_define
class VendorQuoteCreateCatalogPrice:
    """
    Attributes:
        vendor (int | Unset): ID of a vendor
        unit_price (LineTotal | Unset):
    """

    vendor: int | Unset = UNSET
    unit_price: LineTotal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor = self.vendor
        unit_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_price, Unset):
            unit_price = self.unit_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(vendor, Unset):
            field_dict["Vendor"] = vendor
        if not isinstance(unit_price, Unset):
            field_dict["UnitPrice"] = unit_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_total import LineTotal  # noqa: PLC0415

        d = dict(src_dict)
        vendor = d.pop("Vendor", UNSET)

        _unit_price = d.pop("UnitPrice", UNSET)
        unit_price: LineTotal | Unset
        if isinstance(_unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = LineTotal.from_dict(_unit_price)

        _instance = cls(
            vendor=vendor,
            unit_price=unit_price,
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
