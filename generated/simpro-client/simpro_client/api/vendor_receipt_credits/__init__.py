"""The operations tagged vendor_receipt_credits: `client.vendor_receipt_credits` (VendorReceiptCredits) and
`client.aio.vendor_receipt_credits` (AsyncVendorReceiptCredits). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_vendor_receipt_credit as _create_vendor_receipt_credit
from . import delete_vendor_receipt_credit as _delete_vendor_receipt_credit
from . import get_vendor_receipt_credit as _get_vendor_receipt_credit
from . import list_vendor_receipt_credits as _list_vendor_receipt_credits
from . import update_vendor_receipt_credit as _update_vendor_receipt_credit


class VendorReceiptCredits(_rt.Resource):
    """The operations tagged vendor_receipt_credits, as `client.vendor_receipt_credits.<method>(...)`."""

    list = _rt.operation(_list_vendor_receipt_credits.request, "list")
    create = _rt.operation(_create_vendor_receipt_credit.request, "create")
    get = _rt.operation(_get_vendor_receipt_credit.request, "get")
    delete = _rt.operation(_delete_vendor_receipt_credit.request, "delete")
    update = _rt.operation(_update_vendor_receipt_credit.request, "update")
    iterate = _rt.pages(_list_vendor_receipt_credits.request, "iterate", "page", "page_size")


class AsyncVendorReceiptCredits(_rt.AsyncResource):
    """The operations tagged vendor_receipt_credits, awaited: `await client.aio.vendor_receipt_credits.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_receipt_credits.request, "list")
    create = _rt.async_operation(_create_vendor_receipt_credit.request, "create")
    get = _rt.async_operation(_get_vendor_receipt_credit.request, "get")
    delete = _rt.async_operation(_delete_vendor_receipt_credit.request, "delete")
    update = _rt.async_operation(_update_vendor_receipt_credit.request, "update")
    iterate = _rt.async_pages(_list_vendor_receipt_credits.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendorReceiptCredits", "VendorReceiptCredits"]
