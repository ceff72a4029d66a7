from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogVendorUpdate")


@_attrs_define
class CatalogVendorUpdate:
    """
    Attributes:
        vendor_part_no (str | Unset):
        discount (float | Unset): The discount of the catalog item's SellPrice. If you specify this, NettPrice will be
            automatically calculated. Please ensure that the catalog's trade price is not set to 0 before specifying this
            field.
        nett_price (float | Unset): Deprecated: Please use NettPriceEx/NettPriceInc. The nett price of this catalog
            item. If you specify this, Discount will be automatically calculated. Please ensure that the catalog's trade
            price is not set to 0 before specifying this field.
        nett_price_ex (float | Unset): The nett price excluding tax of this catalog item. If you specify this, Discount
            will be automatically calculated. Please ensure that the catalog's trade price is not set to 0 before specifying
            this field.
        nett_price_inc (float | Unset): The nett price including tax of this catalog item. If you specify this, Discount
            will be automatically calculated. Please ensure that the catalog's trade price is not set to 0 before specifying
            this field.
        split_price_ex (float | Unset): Set the trade price you pay per unit excluding tax when purchasing below the
            Trade Split Quantity.
        split_price_inc (float | Unset): Set the trade price you pay per unit including tax when purchasing below the
            Trade Split Quantity.
        default (bool | Unset): Set this to true if this vendor is the default vendor of this catalog item. If there is
            only one vendor, it will automatically be the default.
    """

    vendor_part_no: str | Unset = UNSET
    discount: float | Unset = UNSET
    nett_price: float | Unset = UNSET
    nett_price_ex: float | Unset = UNSET
    nett_price_inc: float | Unset = UNSET
    split_price_ex: float | Unset = UNSET
    split_price_inc: float | Unset = UNSET
    default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor_part_no = self.vendor_part_no
        discount = self.discount
        nett_price = self.nett_price
        nett_price_ex = self.nett_price_ex
        nett_price_inc = self.nett_price_inc
        split_price_ex = self.split_price_ex
        split_price_inc = self.split_price_inc
        default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(vendor_part_no, Unset):
            field_dict["VendorPartNo"] = vendor_part_no
        if not isinstance(discount, Unset):
            field_dict["Discount"] = discount
        if not isinstance(nett_price, Unset):
            field_dict["NettPrice"] = nett_price
        if not isinstance(nett_price_ex, Unset):
            field_dict["NettPriceEx"] = nett_price_ex
        if not isinstance(nett_price_inc, Unset):
            field_dict["NettPriceInc"] = nett_price_inc
        if not isinstance(split_price_ex, Unset):
            field_dict["SplitPriceEx"] = split_price_ex
        if not isinstance(split_price_inc, Unset):
            field_dict["SplitPriceInc"] = split_price_inc
        if not isinstance(default, Unset):
            field_dict["Default"] = default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vendor_part_no = d.pop("VendorPartNo", UNSET)

        discount = d.pop("Discount", UNSET)

        nett_price = d.pop("NettPrice", UNSET)

        nett_price_ex = d.pop("NettPriceEx", UNSET)

        nett_price_inc = d.pop("NettPriceInc", UNSET)

        split_price_ex = d.pop("SplitPriceEx", UNSET)

        split_price_inc = d.pop("SplitPriceInc", UNSET)

        default = d.pop("Default", UNSET)

        _instance = cls(
            vendor_part_no=vendor_part_no,
            discount=discount,
            nett_price=nett_price,
            nett_price_ex=nett_price_ex,
            nett_price_inc=nett_price_inc,
            split_price_ex=split_price_ex,
            split_price_inc=split_price_inc,
            default=default,
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
