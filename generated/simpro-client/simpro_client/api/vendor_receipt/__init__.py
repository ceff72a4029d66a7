"""The operations tagged vendor_receipt: `client.vendor_receipt` (VendorReceipt) and
`client.aio.vendor_receipt` (AsyncVendorReceipt). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import search_vendor_receipts as _search_vendor_receipts


class VendorReceipt(_rt.Resource):
    """The operations tagged vendor_receipt, as `client.vendor_receipt.<method>(...)`."""

    search_vendor_receipts = _rt.operation(_search_vendor_receipts.request, "search_vendor_receipts")
    iterate_search_vendor_receipts = _rt.pages(
        _search_vendor_receipts.request, "iterate_search_vendor_receipts", "page", "page_size"
    )


class AsyncVendorReceipt(_rt.AsyncResource):
    """The operations tagged vendor_receipt, awaited: `await client.aio.vendor_receipt.<method>(...)`."""

    search_vendor_receipts = _rt.async_operation(_search_vendor_receipts.request, "search_vendor_receipts")
    iterate_search_vendor_receipts = _rt.async_pages(
        _search_vendor_receipts.request, "iterate_search_vendor_receipts", "page", "page_size"
    )


__all__ = ["AsyncVendorReceipt", "VendorReceipt"]
