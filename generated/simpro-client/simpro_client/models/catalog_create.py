from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.catalog_create_vendor import CatalogCreateVendor


T = TypeVar("T", bound="CatalogCreate")


@_attrs_define
class CatalogCreate:
    """
    Attributes:
        name (str): Set a name for the item to appear on itemised quotes, jobs and invoices, and to search for in the
            catalogue local search.
        part_no (str | Unset): The vendor part number for the item.
        is_favorite (bool | Unset): Set this to true if the item is commonly used and you wish to allocate it to the
            favourites group for quick access.
        is_inventory (bool | Unset): Set this to true to include the item as stock when purchasing.
        is_multi_currency (bool | Unset): Set this to true if the item has Multi Currency attributes enabled
        upc (str | Unset): Universal Product Code
        manufacturer (str | Unset): The manufacturer of the item.
        country_of_origin (str | Unset): The country the item was manufactured in.
        estimated_time (float | Unset): The estimated installation time to assist in calculating labour in pre-builds,
            quotes, and jobs if desired.
        trade_price (float | Unset): Deprecated: Please use TradePriceEx/TradePriceInc. The non-discounted price per
            unit.
        trade_price_ex (float | Unset): The non-discounted price per unit excluding tax.
        trade_price_inc (float | Unset): The non-discounted price per unit including tax.
        split_price (float | Unset): Deprecated: Please use SplitPriceEx/SplitPriceInc. Set the trade price you pay per
            unit when purchasing below the Trade Split Quantity.
        split_price_ex (float | Unset): Set the trade price you pay per unit excluding tax when purchasing below the
            Trade Split Quantity.
        split_price_inc (float | Unset): Set the trade price you pay per unit including tax when purchasing below the
            Trade Split Quantity.
        trade_split_qty (float | Unset): Set the required quantity you need to purchase to pay the Net Price as
            negotiated with the vendor. When you purchase below this quantity, you will pay the Split Price.
        min_pack_qty (float | None | Unset): Set the minimum quantity of the item that can be purchased from the
            supplier.
        purchasing_stage (int | Unset): ID of a purchasing stage
        currencies (list[str] | Unset): List of stock item currencies
        storage_location (str | Unset): The storage location within default storage device. Set the exact location of
            the item within its storage device if applicable to assist in performing stocktakes.
        uom (int | Unset): ID of a unit of measurement
        purchase_tax_code (int | Unset): ID of a tax code
        sales_tax_code (int | Unset): ID of a tax code
        group (int | Unset): ID of a catalog group
        search_term (str | Unset): Enter alternative part numbers or names, extra descriptions, or enter or scan
            barcodes to assist in locating items more quicklywhen performing a local catalogue search. Each term is
            separated by a space. The system will automatically append the part number and upc code if they are not
            included.
        notes (str | Unset): Enter additional details about an item for reference only. This column supports HTML
            formatting.
        linked_catalogs (list[int] | Unset):
        display_order (int | Unset):
        archived (bool | Unset):
        add_on_price_enabled (bool | Unset):
        vendors (list[CatalogCreateVendor] | Unset):
        vendor_quantity (float | Unset):
        vendor_description (str | Unset):
    """

    name: str
    part_no: str | Unset = UNSET
    is_favorite: bool | Unset = UNSET
    is_inventory: bool | Unset = UNSET
    is_multi_currency: bool | Unset = UNSET
    upc: str | Unset = UNSET
    manufacturer: str | Unset = UNSET
    country_of_origin: str | Unset = UNSET
    estimated_time: float | Unset = UNSET
    trade_price: float | Unset = UNSET
    trade_price_ex: float | Unset = UNSET
    trade_price_inc: float | Unset = UNSET
    split_price: float | Unset = UNSET
    split_price_ex: float | Unset = UNSET
    split_price_inc: float | Unset = UNSET
    trade_split_qty: float | Unset = UNSET
    min_pack_qty: float | None | Unset = UNSET
    purchasing_stage: int | Unset = UNSET
    currencies: list[str] | Unset = UNSET
    storage_location: str | Unset = UNSET
    uom: int | Unset = UNSET
    purchase_tax_code: int | Unset = UNSET
    sales_tax_code: int | Unset = UNSET
    group: int | Unset = UNSET
    search_term: str | Unset = UNSET
    notes: str | Unset = UNSET
    linked_catalogs: list[int] | Unset = UNSET
    display_order: int | Unset = UNSET
    archived: bool | Unset = UNSET
    add_on_price_enabled: bool | Unset = UNSET
    vendors: list[CatalogCreateVendor] | Unset = UNSET
    vendor_quantity: float | Unset = UNSET
    vendor_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        part_no = self.part_no
        is_favorite = self.is_favorite
        is_inventory = self.is_inventory
        is_multi_currency = self.is_multi_currency
        upc = self.upc
        manufacturer = self.manufacturer
        country_of_origin = self.country_of_origin
        estimated_time = self.estimated_time
        trade_price = self.trade_price
        trade_price_ex = self.trade_price_ex
        trade_price_inc = self.trade_price_inc
        split_price = self.split_price
        split_price_ex = self.split_price_ex
        split_price_inc = self.split_price_inc
        trade_split_qty = self.trade_split_qty
        min_pack_qty: float | None | Unset
        if isinstance(self.min_pack_qty, Unset):
            min_pack_qty = UNSET
        else:
            min_pack_qty = self.min_pack_qty
        purchasing_stage = self.purchasing_stage
        currencies: list[str] | Unset = UNSET
        if not isinstance(self.currencies, Unset):
            currencies = self.currencies

        storage_location = self.storage_location
        uom = self.uom
        purchase_tax_code = self.purchase_tax_code
        sales_tax_code = self.sales_tax_code
        group = self.group
        search_term = self.search_term
        notes = self.notes
        linked_catalogs: list[int] | Unset = UNSET
        if not isinstance(self.linked_catalogs, Unset):
            linked_catalogs = self.linked_catalogs

        display_order = self.display_order
        archived = self.archived
        add_on_price_enabled = self.add_on_price_enabled
        vendors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vendors, Unset):
            vendors = []
            for vendors_item_data in self.vendors:
                vendors_item = vendors_item_data.to_dict()
                vendors.append(vendors_item)

        vendor_quantity = self.vendor_quantity
        vendor_description = self.vendor_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(part_no, Unset):
            field_dict["PartNo"] = part_no
        if not isinstance(is_favorite, Unset):
            field_dict["IsFavorite"] = is_favorite
        if not isinstance(is_inventory, Unset):
            field_dict["IsInventory"] = is_inventory
        if not isinstance(is_multi_currency, Unset):
            field_dict["IsMultiCurrency"] = is_multi_currency
        if not isinstance(upc, Unset):
            field_dict["UPC"] = upc
        if not isinstance(manufacturer, Unset):
            field_dict["Manufacturer"] = manufacturer
        if not isinstance(country_of_origin, Unset):
            field_dict["CountryOfOrigin"] = country_of_origin
        if not isinstance(estimated_time, Unset):
            field_dict["EstimatedTime"] = estimated_time
        if not isinstance(trade_price, Unset):
            field_dict["TradePrice"] = trade_price
        if not isinstance(trade_price_ex, Unset):
            field_dict["TradePriceEx"] = trade_price_ex
        if not isinstance(trade_price_inc, Unset):
            field_dict["TradePriceInc"] = trade_price_inc
        if not isinstance(split_price, Unset):
            field_dict["SplitPrice"] = split_price
        if not isinstance(split_price_ex, Unset):
            field_dict["SplitPriceEx"] = split_price_ex
        if not isinstance(split_price_inc, Unset):
            field_dict["SplitPriceInc"] = split_price_inc
        if not isinstance(trade_split_qty, Unset):
            field_dict["TradeSplitQty"] = trade_split_qty
        if not isinstance(min_pack_qty, Unset):
            field_dict["MinPackQty"] = min_pack_qty
        if not isinstance(purchasing_stage, Unset):
            field_dict["PurchasingStage"] = purchasing_stage
        if not isinstance(currencies, Unset):
            field_dict["Currencies"] = currencies
        if not isinstance(storage_location, Unset):
            field_dict["StorageLocation"] = storage_location
        if not isinstance(uom, Unset):
            field_dict["UOM"] = uom
        if not isinstance(purchase_tax_code, Unset):
            field_dict["PurchaseTaxCode"] = purchase_tax_code
        if not isinstance(sales_tax_code, Unset):
            field_dict["SalesTaxCode"] = sales_tax_code
        if not isinstance(group, Unset):
            field_dict["Group"] = group
        if not isinstance(search_term, Unset):
            field_dict["SearchTerm"] = search_term
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(linked_catalogs, Unset):
            field_dict["LinkedCatalogs"] = linked_catalogs
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(add_on_price_enabled, Unset):
            field_dict["AddOnPriceEnabled"] = add_on_price_enabled
        if not isinstance(vendors, Unset):
            field_dict["Vendors"] = vendors
        if not isinstance(vendor_quantity, Unset):
            field_dict["VendorQuantity"] = vendor_quantity
        if not isinstance(vendor_description, Unset):
            field_dict["VendorDescription"] = vendor_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalog_create_vendor import CatalogCreateVendor  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        part_no = d.pop("PartNo", UNSET)

        is_favorite = d.pop("IsFavorite", UNSET)

        is_inventory = d.pop("IsInventory", UNSET)

        is_multi_currency = d.pop("IsMultiCurrency", UNSET)

        upc = d.pop("UPC", UNSET)

        manufacturer = d.pop("Manufacturer", UNSET)

        country_of_origin = d.pop("CountryOfOrigin", UNSET)

        estimated_time = d.pop("EstimatedTime", UNSET)

        trade_price = d.pop("TradePrice", UNSET)

        trade_price_ex = d.pop("TradePriceEx", UNSET)

        trade_price_inc = d.pop("TradePriceInc", UNSET)

        split_price = d.pop("SplitPrice", UNSET)

        split_price_ex = d.pop("SplitPriceEx", UNSET)

        split_price_inc = d.pop("SplitPriceInc", UNSET)

        trade_split_qty = d.pop("TradeSplitQty", UNSET)

        def _parse_min_pack_qty(data: object) -> float | None | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[float | None | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(float | None | Unset, data)

        min_pack_qty = _parse_min_pack_qty(d.pop("MinPackQty", UNSET))

        purchasing_stage = d.pop("PurchasingStage", UNSET)

        currencies = cast(list[str], d.pop("Currencies", UNSET))

        storage_location = d.pop("StorageLocation", UNSET)

        uom = d.pop("UOM", UNSET)

        purchase_tax_code = d.pop("PurchaseTaxCode", UNSET)

        sales_tax_code = d.pop("SalesTaxCode", UNSET)

        group = d.pop("Group", UNSET)

        search_term = d.pop("SearchTerm", UNSET)

        notes = d.pop("Notes", UNSET)

        linked_catalogs = cast(list[int], d.pop("LinkedCatalogs", UNSET))

        display_order = d.pop("DisplayOrder", UNSET)

        archived = d.pop("Archived", UNSET)

        add_on_price_enabled = d.pop("AddOnPriceEnabled", UNSET)

        _vendors = d.pop("Vendors", UNSET)
        vendors: list[CatalogCreateVendor] | Unset = UNSET
        if _vendors is not UNSET:
            vendors = []
            for vendors_item_data in _vendors:
                vendors_item = CatalogCreateVendor.from_dict(vendors_item_data)

                vendors.append(vendors_item)

        vendor_quantity = d.pop("VendorQuantity", UNSET)

        vendor_description = d.pop("VendorDescription", UNSET)

        _instance = cls(
            name=_unchecked(name),
            part_no=part_no,
            is_favorite=is_favorite,
            is_inventory=is_inventory,
            is_multi_currency=is_multi_currency,
            upc=upc,
            manufacturer=manufacturer,
            country_of_origin=country_of_origin,
            estimated_time=estimated_time,
            trade_price=trade_price,
            trade_price_ex=trade_price_ex,
            trade_price_inc=trade_price_inc,
            split_price=split_price,
            split_price_ex=split_price_ex,
            split_price_inc=split_price_inc,
            trade_split_qty=trade_split_qty,
            min_pack_qty=min_pack_qty,
            purchasing_stage=purchasing_stage,
            currencies=currencies,
            storage_location=storage_location,
            uom=uom,
            purchase_tax_code=purchase_tax_code,
            sales_tax_code=sales_tax_code,
            group=group,
            search_term=search_term,
            notes=notes,
            linked_catalogs=linked_catalogs,
            display_order=display_order,
            archived=archived,
            add_on_price_enabled=add_on_price_enabled,
            vendors=vendors,
            vendor_quantity=vendor_quantity,
            vendor_description=vendor_description,
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
