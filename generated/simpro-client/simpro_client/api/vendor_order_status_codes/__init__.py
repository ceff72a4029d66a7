"""The operations tagged vendor_order_status_codes: `client.vendor_order_status_codes` (VendorOrderStatusCodes) and
`client.aio.vendor_order_status_codes` (AsyncVendorOrderStatusCodes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_vendor_order_status_code as _create_vendor_order_status_code
from . import delete_vendor_order_status_code as _delete_vendor_order_status_code
from . import get_vendor_order_status_code as _get_vendor_order_status_code
from . import list_vendor_order_status_codes as _list_vendor_order_status_codes
from . import update_vendor_order_status_code as _update_vendor_order_status_code


class VendorOrderStatusCodes(_rt.Resource):
    """The operations tagged vendor_order_status_codes, as `client.vendor_order_status_codes.<method>(...)`."""

    list = _rt.operation(_list_vendor_order_status_codes.request, "list")
    create = _rt.operation(_create_vendor_order_status_code.request, "create")
    get = _rt.operation(_get_vendor_order_status_code.request, "get")
    delete = _rt.operation(_delete_vendor_order_status_code.request, "delete")
    update = _rt.operation(_update_vendor_order_status_code.request, "update")
    iterate = _rt.pages(_list_vendor_order_status_codes.request, "iterate", "page", "page_size")


class AsyncVendorOrderStatusCodes(_rt.AsyncResource):
    """The operations tagged vendor_order_status_codes, awaited: `await client.aio.vendor_order_status_codes.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_order_status_codes.request, "list")
    create = _rt.async_operation(_create_vendor_order_status_code.request, "create")
    get = _rt.async_operation(_get_vendor_order_status_code.request, "get")
    delete = _rt.async_operation(_delete_vendor_order_status_code.request, "delete")
    update = _rt.async_operation(_update_vendor_order_status_code.request, "update")
    iterate = _rt.async_pages(_list_vendor_order_status_codes.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendorOrderStatusCodes", "VendorOrderStatusCodes"]
