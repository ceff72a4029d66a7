"""The operations tagged vendor_receipt_item_allocations: `client.vendor_receipt_item_allocations` (VendorReceiptItemAllocations) and
`client.aio.vendor_receipt_item_allocations` (AsyncVendorReceiptItemAllocations). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import list_vendor_receipt_item_allocations as _list_vendor_receipt_item_allocations


class VendorReceiptItemAllocations(_rt.Resource):
    """The operations tagged vendor_receipt_item_allocations, as `client.vendor_receipt_item_allocations.<method>(...)`."""

    list = _rt.operation(_list_vendor_receipt_item_allocations.request, "list")


class AsyncVendorReceiptItemAllocations(_rt.AsyncResource):
    """The operations tagged vendor_receipt_item_allocations, awaited: `await client.aio.vendor_receipt_item_allocations.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_receipt_item_allocations.request, "list")


__all__ = ["AsyncVendorReceiptItemAllocations", "VendorReceiptItemAllocations"]
