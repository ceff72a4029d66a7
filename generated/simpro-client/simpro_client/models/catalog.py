from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.catalog_currency import CatalogCurrency
    from ..models.catalog_group_value import CatalogGroupValue
    from ..models.catalog_vendors import CatalogVendors
    from ..models.folder_ref import FolderRef
    from ..models.prebuild_catalog_list_item_catalog import PrebuildCatalogListItemCatalog
    from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField
    from ..models.sales_tax_code_ref import SalesTaxCodeRef


T = TypeVar("T", bound="Catalog")


@_attrs_define
class Catalog:
    """
    Attributes:
        id (int):
        part_no (str): The vendor part number for the item.
        name (str): Set a name for the item to appear on itemised quotes, jobs and invoices, and to search for in the
            catalogue local search.
        is_favorite (bool): Set this to true if the item is commonly used and you wish to allocate it to the favourites
            group for quick access.
        is_inventory (bool): Set this to true to include the item as stock when purchasing.
        is_multi_currency (bool): Set this to true if the item has Multi Currency attributes enabled
        is_asset (bool):
        asset_type_id (int):
        upc (str): Universal Product Code
        manufacturer (str): The manufacturer of the item.
        country_of_origin (str): The country the item was manufactured in.
        estimated_time (float): The estimated installation time to assist in calculating labour in pre-builds, quotes,
            and jobs if desired.
        trade_price (float): Deprecated: Please use TradePriceEx/TradePriceInc. The non-discounted price per unit.
        trade_price_ex (float): The non-discounted price per unit excluding tax.
        trade_price_inc (float): The non-discounted price per unit including tax.
        split_price (float): Deprecated: Please use SplitPriceEx/SplitPriceInc. Set the trade price you pay per unit
            when purchasing below the Trade Split Quantity.
        split_price_ex (float): Set the trade price you pay per unit excluding tax when purchasing below the Trade Split
            Quantity.
        split_price_inc (float): Set the trade price you pay per unit including tax when purchasing below the Trade
            Split Quantity.
        trade_split_qty (float): Set the required quantity you need to purchase to pay the Net Price as negotiated with
            the vendor. When you purchase below this quantity, you will pay the Split Price.
        currencies (list[CatalogCurrency]): List of stock item currencies
        markup (float): The markup of this item.
        base_price (float):
        sell_price (float):
        storage_location (str): The storage location within default storage device. Set the exact location of the item
            within its storage device if applicable to assist in performing stocktakes.
        purchase_tax_code (SalesTaxCodeRef):
        sales_tax_code (SalesTaxCodeRef):
        search_term (str): Enter alternative part numbers or names, extra descriptions, or enter or scan barcodes to
            assist in locating items more quicklywhen performing a local catalogue search. Each term is separated by a
            space. The system will automatically append the part number and upc code if they are not included.
        notes (str): Enter additional details about an item for reference only. This column supports HTML formatting.
        linked_catalogs (list[PrebuildCatalogListItemCatalog]):
        display_order (int):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        archived (bool):
        add_on_price_enabled (bool):
        custom_fields (list[ReceivableContactListItemCustomField]): All of the custom fields for this catalog item. See
            the custom fields handler for more information.
        vendors (CatalogVendors):
        vendor_quantity (float):
        vendor_description (str):
        min_pack_qty (float | None | Unset): Set the minimum quantity of the item that can be purchased from the
            supplier.
        purchasing_stage (FolderRef | None | Unset): Set the purchasing stage to categorise materials.
        uom (FolderRef | None | Unset): Set the unit the item is sold in.
        group (CatalogGroupValue | None | Unset): Set the group catalog group of this item.
    """

    id: int
    part_no: str
    name: str
    is_favorite: bool
    is_inventory: bool
    is_multi_currency: bool
    is_asset: bool
    asset_type_id: int
    upc: str
    manufacturer: str
    country_of_origin: str
    estimated_time: float
    trade_price: float
    trade_price_ex: float
    trade_price_inc: float
    split_price: float
    split_price_ex: float
    split_price_inc: float
    trade_split_qty: float
    currencies: list[CatalogCurrency]
    markup: float
    base_price: float
    sell_price: float
    storage_location: str
    purchase_tax_code: SalesTaxCodeRef
    sales_tax_code: SalesTaxCodeRef
    search_term: str
    notes: str
    linked_catalogs: list[PrebuildCatalogListItemCatalog]
    display_order: int
    date_modified: datetime.datetime
    archived: bool
    add_on_price_enabled: bool
    custom_fields: list[ReceivableContactListItemCustomField]
    vendors: CatalogVendors
    vendor_quantity: float
    vendor_description: str
    min_pack_qty: float | None | Unset = UNSET
    purchasing_stage: FolderRef | None | Unset = UNSET
    uom: FolderRef | None | Unset = UNSET
    group: CatalogGroupValue | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalog_group_value import CatalogGroupValue  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        id = self.id
        part_no = self.part_no
        name = self.name
        is_favorite = self.is_favorite
        is_inventory = self.is_inventory
        is_multi_currency = self.is_multi_currency
        is_asset = self.is_asset
        asset_type_id = self.asset_type_id
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
        currencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.currencies, Unset):
            currencies = []
            for currencies_item_data in self.currencies:
                currencies_item = currencies_item_data.to_dict()
                currencies.append(currencies_item)

        markup = self.markup
        base_price = self.base_price
        sell_price = self.sell_price
        storage_location = self.storage_location
        purchase_tax_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_tax_code, Unset):
            purchase_tax_code = self.purchase_tax_code.to_dict()
        sales_tax_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code, Unset):
            sales_tax_code = self.sales_tax_code.to_dict()
        search_term = self.search_term
        notes = self.notes
        linked_catalogs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_catalogs, Unset):
            linked_catalogs = []
            for linked_catalogs_item_data in self.linked_catalogs:
                linked_catalogs_item = linked_catalogs_item_data.to_dict()
                linked_catalogs.append(linked_catalogs_item)

        display_order = self.display_order
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        archived = self.archived
        add_on_price_enabled = self.add_on_price_enabled
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        vendors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendors, Unset):
            vendors = self.vendors.to_dict()
        vendor_quantity = self.vendor_quantity
        vendor_description = self.vendor_description
        min_pack_qty: float | None | Unset
        if isinstance(self.min_pack_qty, Unset):
            min_pack_qty = UNSET
        else:
            min_pack_qty = self.min_pack_qty
        purchasing_stage: dict[str, Any] | None | Unset
        if isinstance(self.purchasing_stage, Unset):
            purchasing_stage = UNSET
        elif isinstance(self.purchasing_stage, FolderRef):
            purchasing_stage = self.purchasing_stage.to_dict()
        else:
            purchasing_stage = self.purchasing_stage
        uom: dict[str, Any] | None | Unset
        if isinstance(self.uom, Unset):
            uom = UNSET
        elif isinstance(self.uom, FolderRef):
            uom = self.uom.to_dict()
        else:
            uom = self.uom
        group: dict[str, Any] | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, CatalogGroupValue):
            group = self.group.to_dict()
        else:
            group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(part_no, Unset):
            field_dict["PartNo"] = part_no
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(is_favorite, Unset):
            field_dict["IsFavorite"] = is_favorite
        if not isinstance(is_inventory, Unset):
            field_dict["IsInventory"] = is_inventory
        if not isinstance(is_multi_currency, Unset):
            field_dict["IsMultiCurrency"] = is_multi_currency
        if not isinstance(is_asset, Unset):
            field_dict["IsAsset"] = is_asset
        if not isinstance(asset_type_id, Unset):
            field_dict["AssetTypeId"] = asset_type_id
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
        if not isinstance(currencies, Unset):
            field_dict["Currencies"] = currencies
        if not isinstance(markup, Unset):
            field_dict["Markup"] = markup
        if not isinstance(base_price, Unset):
            field_dict["BasePrice"] = base_price
        if not isinstance(sell_price, Unset):
            field_dict["SellPrice"] = sell_price
        if not isinstance(storage_location, Unset):
            field_dict["StorageLocation"] = storage_location
        if not isinstance(purchase_tax_code, Unset):
            field_dict["PurchaseTaxCode"] = purchase_tax_code
        if not isinstance(sales_tax_code, Unset):
            field_dict["SalesTaxCode"] = sales_tax_code
        if not isinstance(search_term, Unset):
            field_dict["SearchTerm"] = search_term
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(linked_catalogs, Unset):
            field_dict["LinkedCatalogs"] = linked_catalogs
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(add_on_price_enabled, Unset):
            field_dict["AddOnPriceEnabled"] = add_on_price_enabled
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(vendors, Unset):
            field_dict["Vendors"] = vendors
        if not isinstance(vendor_quantity, Unset):
            field_dict["VendorQuantity"] = vendor_quantity
        if not isinstance(vendor_description, Unset):
            field_dict["VendorDescription"] = vendor_description
        if not isinstance(min_pack_qty, Unset):
            field_dict["MinPackQty"] = min_pack_qty
        if not isinstance(purchasing_stage, Unset):
            field_dict["PurchasingStage"] = purchasing_stage
        if not isinstance(uom, Unset):
            field_dict["UOM"] = uom
        if not isinstance(group, Unset):
            field_dict["Group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalog_currency import CatalogCurrency  # noqa: PLC0415
        from ..models.catalog_group_value import CatalogGroupValue  # noqa: PLC0415
        from ..models.catalog_vendors import CatalogVendors  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415
        from ..models.prebuild_catalog_list_item_catalog import PrebuildCatalogListItemCatalog  # noqa: PLC0415
        from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField  # noqa: PLC0415
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        part_no = d.pop("PartNo", UNSET)

        name = d.pop("Name", UNSET)

        is_favorite = d.pop("IsFavorite", UNSET)

        is_inventory = d.pop("IsInventory", UNSET)

        is_multi_currency = d.pop("IsMultiCurrency", UNSET)

        is_asset = d.pop("IsAsset", UNSET)

        asset_type_id = d.pop("AssetTypeId", UNSET)

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

        _currencies = d.pop("Currencies", UNSET)
        currencies: list[CatalogCurrency] | Unset = UNSET
        if _currencies is not UNSET:
            currencies = []
            for currencies_item_data in _currencies:
                currencies_item = CatalogCurrency.from_dict(currencies_item_data)

                currencies.append(currencies_item)

        markup = d.pop("Markup", UNSET)

        base_price = d.pop("BasePrice", UNSET)

        sell_price = d.pop("SellPrice", UNSET)

        storage_location = d.pop("StorageLocation", UNSET)

        _purchase_tax_code = d.pop("PurchaseTaxCode", UNSET)
        purchase_tax_code: SalesTaxCodeRef | Unset
        if isinstance(_purchase_tax_code, Unset):
            purchase_tax_code = UNSET
        else:
            purchase_tax_code = SalesTaxCodeRef.from_dict(_purchase_tax_code)

        _sales_tax_code = d.pop("SalesTaxCode", UNSET)
        sales_tax_code: SalesTaxCodeRef | Unset
        if isinstance(_sales_tax_code, Unset):
            sales_tax_code = UNSET
        else:
            sales_tax_code = SalesTaxCodeRef.from_dict(_sales_tax_code)

        search_term = d.pop("SearchTerm", UNSET)

        notes = d.pop("Notes", UNSET)

        _linked_catalogs = d.pop("LinkedCatalogs", UNSET)
        linked_catalogs: list[PrebuildCatalogListItemCatalog] | Unset = UNSET
        if _linked_catalogs is not UNSET:
            linked_catalogs = []
            for linked_catalogs_item_data in _linked_catalogs:
                linked_catalogs_item = PrebuildCatalogListItemCatalog.from_dict(linked_catalogs_item_data)

                linked_catalogs.append(linked_catalogs_item)

        display_order = d.pop("DisplayOrder", UNSET)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        archived = d.pop("Archived", UNSET)

        add_on_price_enabled = d.pop("AddOnPriceEnabled", UNSET)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[ReceivableContactListItemCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = ReceivableContactListItemCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _vendors = d.pop("Vendors", UNSET)
        vendors: CatalogVendors | Unset
        if isinstance(_vendors, Unset):
            vendors = UNSET
        else:
            vendors = CatalogVendors.from_dict(_vendors)

        vendor_quantity = d.pop("VendorQuantity", UNSET)

        vendor_description = d.pop("VendorDescription", UNSET)

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

        def _parse_purchasing_stage(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                purchasing_stage_type_1 = FolderRef.from_dict(data)

                if is_complete(purchasing_stage_type_1):
                    return purchasing_stage_type_1
                partial_fits.append(purchasing_stage_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        purchasing_stage = _parse_purchasing_stage(d.pop("PurchasingStage", UNSET))

        def _parse_uom(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                uom_type_1 = FolderRef.from_dict(data)

                if is_complete(uom_type_1):
                    return uom_type_1
                partial_fits.append(uom_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        uom = _parse_uom(d.pop("UOM", UNSET))

        def _parse_group(data: object) -> CatalogGroupValue | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[CatalogGroupValue | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                group_type_1 = CatalogGroupValue.from_dict(data)

                if is_complete(group_type_1):
                    return group_type_1
                partial_fits.append(group_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(CatalogGroupValue | None | Unset, data)

        group = _parse_group(d.pop("Group", UNSET))

        _instance = cls(
            id=_unchecked(id),
            part_no=_unchecked(part_no),
            name=_unchecked(name),
            is_favorite=_unchecked(is_favorite),
            is_inventory=_unchecked(is_inventory),
            is_multi_currency=_unchecked(is_multi_currency),
            is_asset=_unchecked(is_asset),
            asset_type_id=_unchecked(asset_type_id),
            upc=_unchecked(upc),
            manufacturer=_unchecked(manufacturer),
            country_of_origin=_unchecked(country_of_origin),
            estimated_time=_unchecked(estimated_time),
            trade_price=_unchecked(trade_price),
            trade_price_ex=_unchecked(trade_price_ex),
            trade_price_inc=_unchecked(trade_price_inc),
            split_price=_unchecked(split_price),
            split_price_ex=_unchecked(split_price_ex),
            split_price_inc=_unchecked(split_price_inc),
            trade_split_qty=_unchecked(trade_split_qty),
            currencies=_unchecked(currencies),
            markup=_unchecked(markup),
            base_price=_unchecked(base_price),
            sell_price=_unchecked(sell_price),
            storage_location=_unchecked(storage_location),
            purchase_tax_code=_unchecked(purchase_tax_code),
            sales_tax_code=_unchecked(sales_tax_code),
            search_term=_unchecked(search_term),
            notes=_unchecked(notes),
            linked_catalogs=_unchecked(linked_catalogs),
            display_order=_unchecked(display_order),
            date_modified=_unchecked(date_modified),
            archived=_unchecked(archived),
            add_on_price_enabled=_unchecked(add_on_price_enabled),
            custom_fields=_unchecked(custom_fields),
            vendors=_unchecked(vendors),
            vendor_quantity=_unchecked(vendor_quantity),
            vendor_description=_unchecked(vendor_description),
            min_pack_qty=min_pack_qty,
            purchasing_stage=purchasing_stage,
            uom=uom,
            group=group,
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
