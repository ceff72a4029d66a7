"""The operations tagged vendor_quote_vendors: `client.vendor_quote_vendors` (VendorQuoteVendors) and
`client.aio.vendor_quote_vendors` (AsyncVendorQuoteVendors). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_vendor_quote_vendor as _create_vendor_quote_vendor
from . import get_vendor_quote_vendor as _get_vendor_quote_vendor
from . import list_vendor_quote_vendors as _list_vendor_quote_vendors


class VendorQuoteVendors(_rt.Resource):
    """The operations tagged vendor_quote_vendors, as `client.vendor_quote_vendors.<method>(...)`."""

    list = _rt.operation(_list_vendor_quote_vendors.request, "list")
    create = _rt.operation(_create_vendor_quote_vendor.request, "create")
    get = _rt.operation(_get_vendor_quote_vendor.request, "get")
    iterate = _rt.pages(_list_vendor_quote_vendors.request, "iterate", "page", "page_size")


class AsyncVendorQuoteVendors(_rt.AsyncResource):
    """The operations tagged vendor_quote_vendors, awaited: `await client.aio.vendor_quote_vendors.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_quote_vendors.request, "list")
    create = _rt.async_operation(_create_vendor_quote_vendor.request, "create")
    get = _rt.async_operation(_get_vendor_quote_vendor.request, "get")
    iterate = _rt.async_pages(_list_vendor_quote_vendors.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendorQuoteVendors", "VendorQuoteVendors"]
