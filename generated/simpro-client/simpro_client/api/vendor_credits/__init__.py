"""The operations tagged vendor_credits: `client.vendor_credits` (VendorCredits) and
`client.aio.vendor_credits` (AsyncVendorCredits). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_vendor_credit as _get_vendor_credit
from . import list_vendor_credits as _list_vendor_credits


class VendorCredits(_rt.Resource):
    """The operations tagged vendor_credits, as `client.vendor_credits.<method>(...)`."""

    list = _rt.operation(_list_vendor_credits.request, "list")
    get = _rt.operation(_get_vendor_credit.request, "get")
    iterate = _rt.pages(_list_vendor_credits.request, "iterate", "page", "page_size")


class AsyncVendorCredits(_rt.AsyncResource):
    """The operations tagged vendor_credits, awaited: `await client.aio.vendor_credits.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_credits.request, "list")
    get = _rt.async_operation(_get_vendor_credit.request, "get")
    iterate = _rt.async_pages(_list_vendor_credits.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendorCredits", "VendorCredits"]
