"""The operations tagged vendor_receipts: `client.vendor_receipts` (VendorReceipts) and
`client.aio.vendor_receipts` (AsyncVendorReceipts). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_vendor_receipt as _create_vendor_receipt
from . import delete_vendor_receipt as _delete_vendor_receipt
from . import get_vendor_receipt as _get_vendor_receipt
from . import list_vendor_receipts as _list_vendor_receipts
from . import update_vendor_receipt as _update_vendor_receipt


class VendorReceipts(_rt.Resource):
    """The operations tagged vendor_receipts, as `client.vendor_receipts.<method>(...)`."""

    list = _rt.operation(_list_vendor_receipts.request, "list")
    create = _rt.operation(_create_vendor_receipt.request, "create")
    get = _rt.operation(_get_vendor_receipt.request, "get")
    delete = _rt.operation(_delete_vendor_receipt.request, "delete")
    update = _rt.operation(_update_vendor_receipt.request, "update")
    iterate = _rt.pages(_list_vendor_receipts.request, "iterate", "page", "page_size")


class AsyncVendorReceipts(_rt.AsyncResource):
    """The operations tagged vendor_receipts, awaited: `await client.aio.vendor_receipts.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_receipts.request, "list")
    create = _rt.async_operation(_create_vendor_receipt.request, "create")
    get = _rt.async_operation(_get_vendor_receipt.request, "get")
    delete = _rt.async_operation(_delete_vendor_receipt.request, "delete")
    update = _rt.async_operation(_update_vendor_receipt.request, "update")
    iterate = _rt.async_pages(_list_vendor_receipts.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendorReceipts", "VendorReceipts"]
