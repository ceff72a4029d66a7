from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="VendorQuoteVendorCreate")


@_attrs_define
class VendorQuoteVendorCreate:
    """
    Attributes:
        vendor (int): ID of a vendor
        copy_prices_from_vendor (int | Unset): Item price can only be copied from the vendors in the same quote.
    """

    vendor: int
    copy_prices_from_vendor: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor = self.vendor
        copy_prices_from_vendor = self.copy_prices_from_vendor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(vendor, Unset):
            field_dict["Vendor"] = vendor
        if not isinstance(copy_prices_from_vendor, Unset):
            field_dict["CopyPricesFromVendor"] = copy_prices_from_vendor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vendor = d.pop("Vendor", UNSET)

        copy_prices_from_vendor = d.pop("CopyPricesFromVendor", UNSET)

        _instance = cls(
            vendor=_unchecked(vendor),
            copy_prices_from_vendor=copy_prices_from_vendor,
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
