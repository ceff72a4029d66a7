from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.vendor_quote_create_catalog_price import VendorQuoteCreateCatalogPrice


T = TypeVar("T", bound="VendorQuoteCreateCatalog")


@_attrs_define
class VendorQuoteCreateCatalog:
    """
    Attributes:
        catalog (int): ID of a catalog item
        quantity (float):
        prices (list[VendorQuoteCreateCatalogPrice] | Unset):
    """

    catalog: int
    quantity: float
    prices: list[VendorQuoteCreateCatalogPrice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog = self.catalog
        quantity = self.quantity
        prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prices, Unset):
            prices = []
            for prices_item_data in self.prices:
                prices_item = prices_item_data.to_dict()
                prices.append(prices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(catalog, Unset):
            field_dict["Catalog"] = catalog
        if not isinstance(quantity, Unset):
            field_dict["Quantity"] = quantity
        if not isinstance(prices, Unset):
            field_dict["Prices"] = prices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_quote_create_catalog_price import VendorQuoteCreateCatalogPrice  # noqa: PLC0415

        d = dict(src_dict)
        catalog = d.pop("Catalog", UNSET)

        quantity = d.pop("Quantity", UNSET)

        _prices = d.pop("Prices", UNSET)
        prices: list[VendorQuoteCreateCatalogPrice] | Unset = UNSET
        if _prices is not UNSET:
            prices = []
            for prices_item_data in _prices:
                prices_item = VendorQuoteCreateCatalogPrice.from_dict(prices_item_data)

                prices.append(prices_item)

        _instance = cls(
            catalog=_unchecked(catalog),
            quantity=_unchecked(quantity),
            prices=prices,
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
