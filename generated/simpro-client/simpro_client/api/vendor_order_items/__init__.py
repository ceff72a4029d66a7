"""The operations tagged vendor_order_items: `client.vendor_order_items` (VendorOrderItems) and
`client.aio.vendor_order_items` (AsyncVendorOrderItems). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_vendor_order_item as _create_vendor_order_item
from . import delete_vendor_order_item as _delete_vendor_order_item
from . import get_vendor_order_item as _get_vendor_order_item
from . import list_vendor_order_items as _list_vendor_order_items
from . import update_vendor_order_item as _update_vendor_order_item


class VendorOrderItems(_rt.Resource):
    """The operations tagged vendor_order_items, as `client.vendor_order_items.<method>(...)`."""

    list = _rt.operation(_list_vendor_order_items.request, "list")
    create = _rt.operation(_create_vendor_order_item.request, "create")
    get = _rt.operation(_get_vendor_order_item.request, "get")
    delete = _rt.operation(_delete_vendor_order_item.request, "delete")
    update = _rt.operation(_update_vendor_order_item.request, "update")
    iterate = _rt.pages(_list_vendor_order_items.request, "iterate", "page", "page_size")


class AsyncVendorOrderItems(_rt.AsyncResource):
    """The operations tagged vendor_order_items, awaited: `await client.aio.vendor_order_items.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_order_items.request, "list")
    create = _rt.async_operation(_create_vendor_order_item.request, "create")
    get = _rt.async_operation(_get_vendor_order_item.request, "get")
    delete = _rt.async_operation(_delete_vendor_order_item.request, "delete")
    update = _rt.async_operation(_update_vendor_order_item.request, "update")
    iterate = _rt.async_pages(_list_vendor_order_items.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendorOrderItems", "VendorOrderItems"]
