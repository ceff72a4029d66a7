"""The operations tagged vendor_quotes: `client.vendor_quotes` (VendorQuotes) and
`client.aio.vendor_quotes` (AsyncVendorQuotes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_vendor_quote as _create_vendor_quote
from . import delete_vendor_quote as _delete_vendor_quote
from . import get_vendor_quote as _get_vendor_quote
from . import list_vendor_quotes as _list_vendor_quotes
from . import update_vendor_quote as _update_vendor_quote


class VendorQuotes(_rt.Resource):
    """The operations tagged vendor_quotes, as `client.vendor_quotes.<method>(...)`."""

    list = _rt.operation(_list_vendor_quotes.request, "list")
    create = _rt.operation(_create_vendor_quote.request, "create")
    get = _rt.operation(_get_vendor_quote.request, "get")
    delete = _rt.operation(_delete_vendor_quote.request, "delete")
    update = _rt.operation(_update_vendor_quote.request, "update")
    iterate = _rt.pages(_list_vendor_quotes.request, "iterate", "page", "page_size")


class AsyncVendorQuotes(_rt.AsyncResource):
    """The operations tagged vendor_quotes, awaited: `await client.aio.vendor_quotes.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_quotes.request, "list")
    create = _rt.async_operation(_create_vendor_quote.request, "create")
    get = _rt.async_operation(_get_vendor_quote.request, "get")
    delete = _rt.async_operation(_delete_vendor_quote.request, "delete")
    update = _rt.async_operation(_update_vendor_quote.request, "update")
    iterate = _rt.async_pages(_list_vendor_quotes.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendorQuotes", "VendorQuotes"]
