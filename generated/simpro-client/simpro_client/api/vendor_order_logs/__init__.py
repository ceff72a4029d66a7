"""The operations tagged vendor_order_logs: `client.vendor_order_logs` (VendorOrderLogs) and
`client.aio.vendor_order_logs` (AsyncVendorOrderLogs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_vendor_order_log as _get_vendor_order_log
from . import list_vendor_order_logs as _list_vendor_order_logs


class VendorOrderLogs(_rt.Resource):
    """The operations tagged vendor_order_logs, as `client.vendor_order_logs.<method>(...)`."""

    list = _rt.operation(_list_vendor_order_logs.request, "list")
    get = _rt.operation(_get_vendor_order_log.request, "get")
    iterate = _rt.pages(_list_vendor_order_logs.request, "iterate", "page", "page_size")


class AsyncVendorOrderLogs(_rt.AsyncResource):
    """The operations tagged vendor_order_logs, awaited: `await client.aio.vendor_order_logs.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_order_logs.request, "list")
    get = _rt.async_operation(_get_vendor_order_log.request, "get")
    iterate = _rt.async_pages(_list_vendor_order_logs.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendorOrderLogs", "VendorOrderLogs"]
