"""The operations tagged vendor_credit_items: `client.vendor_credit_items` (VendorCreditItems) and
`client.aio.vendor_credit_items` (AsyncVendorCreditItems). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_vendor_credit_item as _get_vendor_credit_item
from . import list_vendor_credit_items as _list_vendor_credit_items


class VendorCreditItems(_rt.Resource):
    """The operations tagged vendor_credit_items, as `client.vendor_credit_items.<method>(...)`."""

    list = _rt.operation(_list_vendor_credit_items.request, "list")
    get = _rt.operation(_get_vendor_credit_item.request, "get")
    iterate = _rt.pages(_list_vendor_credit_items.request, "iterate", "page", "page_size")


class AsyncVendorCreditItems(_rt.AsyncResource):
    """The operations tagged vendor_credit_items, awaited: `await client.aio.vendor_credit_items.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_credit_items.request, "list")
    get = _rt.async_operation(_get_vendor_credit_item.request, "get")
    iterate = _rt.async_pages(_list_vendor_credit_items.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendorCreditItems", "VendorCreditItems"]
