"""The operations tagged vendor_catalog_prices: `client.vendor_catalog_prices` (VendorCatalogPrices) and
`client.aio.vendor_catalog_prices` (AsyncVendorCatalogPrices). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_vendor_catalog_price as _get_vendor_catalog_price
from . import list_vendor_catalog_prices as _list_vendor_catalog_prices
from . import update_vendor_catalog_price as _update_vendor_catalog_price


class VendorCatalogPrices(_rt.Resource):
    """The operations tagged vendor_catalog_prices, as `client.vendor_catalog_prices.<method>(...)`."""

    list = _rt.operation(_list_vendor_catalog_prices.request, "list")
    get = _rt.operation(_get_vendor_catalog_price.request, "get")
    update = _rt.operation(_update_vendor_catalog_price.request, "update")
    iterate = _rt.pages(_list_vendor_catalog_prices.request, "iterate", "page", "page_size")


class AsyncVendorCatalogPrices(_rt.AsyncResource):
    """The operations tagged vendor_catalog_prices, awaited: `await client.aio.vendor_catalog_prices.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_catalog_prices.request, "list")
    get = _rt.async_operation(_get_vendor_catalog_price.request, "get")
    update = _rt.async_operation(_update_vendor_catalog_price.request, "update")
    iterate = _rt.async_pages(_list_vendor_catalog_prices.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendorCatalogPrices", "VendorCatalogPrices"]
