"""The operations tagged vendor_orders: `client.vendor_orders` (VendorOrders) and
`client.aio.vendor_orders` (AsyncVendorOrders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_vendor_order as _create_vendor_order
from . import delete_vendor_order as _delete_vendor_order
from . import get_vendor_order as _get_vendor_order
from . import list_vendor_orders as _list_vendor_orders
from . import update_vendor_order as _update_vendor_order


class VendorOrders(_rt.Resource):
    """The operations tagged vendor_orders, as `client.vendor_orders.<method>(...)`."""

    list = _rt.operation(_list_vendor_orders.request, "list")
    create = _rt.operation(_create_vendor_order.request, "create")
    get = _rt.operation(_get_vendor_order.request, "get")
    delete = _rt.operation(_delete_vendor_order.request, "delete")
    update = _rt.operation(_update_vendor_order.request, "update")
    iterate = _rt.pages(_list_vendor_orders.request, "iterate", "page", "page_size")


class AsyncVendorOrders(_rt.AsyncResource):
    """The operations tagged vendor_orders, awaited: `await client.aio.vendor_orders.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_orders.request, "list")
    create = _rt.async_operation(_create_vendor_order.request, "create")
    get = _rt.async_operation(_get_vendor_order.request, "get")
    delete = _rt.async_operation(_delete_vendor_order.request, "delete")
    update = _rt.async_operation(_update_vendor_order.request, "update")
    iterate = _rt.async_pages(_list_vendor_orders.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendorOrders", "VendorOrders"]
