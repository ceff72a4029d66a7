"""The operations tagged vendor_quote_catalogs: `client.vendor_quote_catalogs` (VendorQuoteCatalogs) and
`client.aio.vendor_quote_catalogs` (AsyncVendorQuoteCatalogs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_vendor_quote_catalog as _create_vendor_quote_catalog
from . import delete_vendor_quote_catalog as _delete_vendor_quote_catalog
from . import get_vendor_quote_catalog as _get_vendor_quote_catalog
from . import list_vendor_quote_catalogs as _list_vendor_quote_catalogs
from . import update_vendor_quote_catalog as _update_vendor_quote_catalog


class VendorQuoteCatalogs(_rt.Resource):
    """The operations tagged vendor_quote_catalogs, as `client.vendor_quote_catalogs.<method>(...)`."""

    list = _rt.operation(_list_vendor_quote_catalogs.request, "list")
    create = _rt.operation(_create_vendor_quote_catalog.request, "create")
    get = _rt.operation(_get_vendor_quote_catalog.request, "get")
    delete = _rt.operation(_delete_vendor_quote_catalog.request, "delete")
    update = _rt.operation(_update_vendor_quote_catalog.request, "update")
    iterate = _rt.pages(_list_vendor_quote_catalogs.request, "iterate", "page", "page_size")


class AsyncVendorQuoteCatalogs(_rt.AsyncResource):
    """The operations tagged vendor_quote_catalogs, awaited: `await client.aio.vendor_quote_catalogs.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_quote_catalogs.request, "list")
    create = _rt.async_operation(_create_vendor_quote_catalog.request, "create")
    get = _rt.async_operation(_get_vendor_quote_catalog.request, "get")
    delete = _rt.async_operation(_delete_vendor_quote_catalog.request, "delete")
    update = _rt.async_operation(_update_vendor_quote_catalog.request, "update")
    iterate = _rt.async_pages(_list_vendor_quote_catalogs.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendorQuoteCatalogs", "VendorQuoteCatalogs"]
