"""The operations tagged receivable_invoices: `client.receivable_invoices` (ReceivableInvoices) and
`client.aio.receivable_invoices` (AsyncReceivableInvoices). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_receivable_invoice as _get_receivable_invoice
from . import list_receivable_invoices as _list_receivable_invoices
from . import update_receivable_invoice as _update_receivable_invoice


class ReceivableInvoices(_rt.Resource):
    """The operations tagged receivable_invoices, as `client.receivable_invoices.<method>(...)`."""

    list = _rt.operation(_list_receivable_invoices.request, "list")
    get = _rt.operation(_get_receivable_invoice.request, "get")
    update = _rt.operation(_update_receivable_invoice.request, "update")
    iterate = _rt.pages(_list_receivable_invoices.request, "iterate", "page", "page_size")


class AsyncReceivableInvoices(_rt.AsyncResource):
    """The operations tagged receivable_invoices, awaited: `await client.aio.receivable_invoices.<method>(...)`."""

    list = _rt.async_operation(_list_receivable_invoices.request, "list")
    get = _rt.async_operation(_get_receivable_invoice.request, "get")
    update = _rt.async_operation(_update_receivable_invoice.request, "update")
    iterate = _rt.async_pages(_list_receivable_invoices.request, "iterate", "page", "page_size")


__all__ = ["AsyncReceivableInvoices", "ReceivableInvoices"]
