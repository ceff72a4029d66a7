from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.converted_from_quote_total import ConvertedFromQuoteTotal
    from ..models.cost_center_ref import CostCenterRef


T = TypeVar("T", bound="VendorCatalogPrice")


@_attrs_define
class VendorCatalogPrice:
    """
    Attributes:
        vendor (CostCenterRef):
        quantity (float):
        unit_price (ConvertedFromQuoteTotal):
        total (ConvertedFromQuoteTotal):
    """

    vendor: CostCenterRef
    quantity: float
    unit_price: ConvertedFromQuoteTotal
    total: ConvertedFromQuoteTotal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor, Unset):
            vendor = self.vendor.to_dict()
        quantity = self.quantity
        unit_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_price, Unset):
            unit_price = self.unit_price.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(vendor, Unset):
            field_dict["Vendor"] = vendor
        if not isinstance(quantity, Unset):
            field_dict["Quantity"] = quantity
        if not isinstance(unit_price, Unset):
            field_dict["UnitPrice"] = unit_price
        if not isinstance(total, Unset):
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.converted_from_quote_total import ConvertedFromQuoteTotal  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        _vendor = d.pop("Vendor", UNSET)
        vendor: CostCenterRef | Unset
        if isinstance(_vendor, Unset):
            vendor = UNSET
        else:
            vendor = CostCenterRef.from_dict(_vendor)

        quantity = d.pop("Quantity", UNSET)

        _unit_price = d.pop("UnitPrice", UNSET)
        unit_price: ConvertedFromQuoteTotal | Unset
        if isinstance(_unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = ConvertedFromQuoteTotal.from_dict(_unit_price)

        _total = d.pop("Total", UNSET)
        total: ConvertedFromQuoteTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = ConvertedFromQuoteTotal.from_dict(_total)

        _instance = cls(
            vendor=_unchecked(vendor),
            quantity=_unchecked(quantity),
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
