"""The operations tagged vendor_order_item_allocations: `client.vendor_order_item_allocations` (VendorOrderItemAllocations) and
`client.aio.vendor_order_item_allocations` (AsyncVendorOrderItemAllocations). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_multiple_vendor_order_item_allocation as _create_multiple_vendor_order_item_allocation
from . import list_vendor_order_item_allocations as _list_vendor_order_item_allocations
from . import replace_vendor_order_item_allocations as _replace_vendor_order_item_allocations
from . import update_multiple_vendor_order_item_allocation as _update_multiple_vendor_order_item_allocation


class VendorOrderItemAllocations(_rt.Resource):
    """The operations tagged vendor_order_item_allocations, as `client.vendor_order_item_allocations.<method>(...)`."""

    list = _rt.operation(_list_vendor_order_item_allocations.request, "list")
    replace = _rt.operation(_replace_vendor_order_item_allocations.request, "replace")
    create_multiple = _rt.operation(_create_multiple_vendor_order_item_allocation.request, "create_multiple")
    update_multiple = _rt.operation(_update_multiple_vendor_order_item_allocation.request, "update_multiple")


class AsyncVendorOrderItemAllocations(_rt.AsyncResource):
    """The operations tagged vendor_order_item_allocations, awaited: `await client.aio.vendor_order_item_allocations.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_order_item_allocations.request, "list")
    replace = _rt.async_operation(_replace_vendor_order_item_allocations.request, "replace")
    create_multiple = _rt.async_operation(_create_multiple_vendor_order_item_allocation.request, "create_multiple")
    update_multiple = _rt.async_operation(_update_multiple_vendor_order_item_allocation.request, "update_multiple")


__all__ = ["AsyncVendorOrderItemAllocations", "VendorOrderItemAllocations"]
