"""The operations tagged vendors: `client.vendors` (Vendors) and
`client.aio.vendors` (AsyncVendors). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_vendor as _create_vendor
from . import delete_vendor as _delete_vendor
from . import get_vendor as _get_vendor
from . import list_vendors as _list_vendors
from . import update_vendor as _update_vendor


class Vendors(_rt.Resource):
    """The operations tagged vendors, as `client.vendors.<method>(...)`."""

    list = _rt.operation(_list_vendors.request, "list")
    create = _rt.operation(_create_vendor.request, "create")
    get = _rt.operation(_get_vendor.request, "get")
    delete = _rt.operation(_delete_vendor.request, "delete")
    update = _rt.operation(_update_vendor.request, "update")
    iterate = _rt.pages(_list_vendors.request, "iterate", "page", "page_size")


class AsyncVendors(_rt.AsyncResource):
    """The operations tagged vendors, awaited: `await client.aio.vendors.<method>(...)`."""

    list = _rt.async_operation(_list_vendors.request, "list")
    create = _rt.async_operation(_create_vendor.request, "create")
    get = _rt.async_operation(_get_vendor.request, "get")
    delete = _rt.async_operation(_delete_vendor.request, "delete")
    update = _rt.async_operation(_update_vendor.request, "update")
    iterate = _rt.async_pages(_list_vendors.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendors", "Vendors"]
