from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef


T = TypeVar("T", bound="CatalogVendors")


@_attrs_define
class CatalogVendors:
    """
    Attributes:
        vendor (CostCenterRef):
        vendor_part_no (str):
        discount (float): The discount of the catalog item's SellPrice. If you specify this, NettPrice will be
            automatically calculated. Please ensure that the catalog's trade price is not set to 0 before specifying this
            field.
        nett_price (float): Deprecated: Please use NettPriceEx/NettPriceInc. The nett price of this catalog item. If you
            specify this, Discount will be automatically calculated. Please ensure that the catalog's trade price is not set
            to 0 before specifying this field.
        nett_price_ex (float): The nett price excluding tax of this catalog item. If you specify this, Discount will be
            automatically calculated. Please ensure that the catalog's trade price is not set to 0 before specifying this
            field.
        nett_price_inc (float): The nett price including tax of this catalog item. If you specify this, Discount will be
            automatically calculated. Please ensure that the catalog's trade price is not set to 0 before specifying this
            field.
        split_price_ex (float): Set the trade price you pay per unit excluding tax when purchasing below the Trade Split
            Quantity.
        split_price_inc (float): Set the trade price you pay per unit including tax when purchasing below the Trade
            Split Quantity.
        default (bool): Set this to true if this vendor is the default vendor of this catalog item. If there is only one
            vendor, it will automatically be the default.
    """

    vendor: CostCenterRef
    vendor_part_no: str
    discount: float
    nett_price: float
    nett_price_ex: float
    nett_price_inc: float
    split_price_ex: float
    split_price_inc: float
    default: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor, Unset):
            vendor = self.vendor.to_dict()
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
        if not isinstance(vendor, Unset):
            field_dict["Vendor"] = vendor
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
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        _vendor = d.pop("Vendor", UNSET)
        vendor: CostCenterRef | Unset
        if isinstance(_vendor, Unset):
            vendor = UNSET
        else:
            vendor = CostCenterRef.from_dict(_vendor)

        vendor_part_no = d.pop("VendorPartNo", UNSET)

        discount = d.pop("Discount", UNSET)

        nett_price = d.pop("NettPrice", UNSET)

        nett_price_ex = d.pop("NettPriceEx", UNSET)

        nett_price_inc = d.pop("NettPriceInc", UNSET)

        split_price_ex = d.pop("SplitPriceEx", UNSET)

        split_price_inc = d.pop("SplitPriceInc", UNSET)

        default = d.pop("Default", UNSET)

        _instance = cls(
            vendor=_unchecked(vendor),
            vendor_part_no=_unchecked(vendor_part_no),
            discount=_unchecked(discount),
            nett_price=_unchecked(nett_price),
            nett_price_ex=_unchecked(nett_price_ex),
            nett_price_inc=_unchecked(nett_price_inc),
            split_price_ex=_unchecked(split_price_ex),
            split_price_inc=_unchecked(split_price_inc),
            default=_unchecked(default),
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
