"""The operations tagged vendor_receipt_items: `client.vendor_receipt_items` (VendorReceiptItems) and
`client.aio.vendor_receipt_items` (AsyncVendorReceiptItems). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_vendor_receipt_item as _get_vendor_receipt_item
from . import list_vendor_receipt_items as _list_vendor_receipt_items
from . import update_vendor_receipt_item as _update_vendor_receipt_item


class VendorReceiptItems(_rt.Resource):
    """The operations tagged vendor_receipt_items, as `client.vendor_receipt_items.<method>(...)`."""

    list = _rt.operation(_list_vendor_receipt_items.request, "list")
    get = _rt.operation(_get_vendor_receipt_item.request, "get")
    update = _rt.operation(_update_vendor_receipt_item.request, "update")
    iterate = _rt.pages(_list_vendor_receipt_items.request, "iterate", "page", "page_size")


class AsyncVendorReceiptItems(_rt.AsyncResource):
    """The operations tagged vendor_receipt_items, awaited: `await client.aio.vendor_receipt_items.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_receipt_items.request, "list")
    get = _rt.async_operation(_get_vendor_receipt_item.request, "get")
    update = _rt.async_operation(_update_vendor_receipt_item.request, "update")
    iterate = _rt.async_pages(_list_vendor_receipt_items.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendorReceiptItems", "VendorReceiptItems"]
