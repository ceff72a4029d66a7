"""The operations tagged invoices: `client.invoices` (Invoices) and
`client.aio.invoices` (AsyncInvoices). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_invoice as _create_invoice
from . import delete_invoice as _delete_invoice
from . import get_invoice as _get_invoice
from . import list_invoices as _list_invoices
from . import update_invoice as _update_invoice


class Invoices(_rt.Resource):
    """The operations tagged invoices, as `client.invoices.<method>(...)`."""

    list = _rt.operation(_list_invoices.request, "list")
    create = _rt.operation(_create_invoice.request, "create")
    get = _rt.operation(_get_invoice.request, "get")
    delete = _rt.operation(_delete_invoice.request, "delete")
    update = _rt.operation(_update_invoice.request, "update")
    iterate = _rt.pages(_list_invoices.request, "iterate", "page", "page_size")


class AsyncInvoices(_rt.AsyncResource):
    """The operations tagged invoices, awaited: `await client.aio.invoices.<method>(...)`."""

    list = _rt.async_operation(_list_invoices.request, "list")
    create = _rt.async_operation(_create_invoice.request, "create")
    get = _rt.async_operation(_get_invoice.request, "get")
    delete = _rt.async_operation(_delete_invoice.request, "delete")
    update = _rt.async_operation(_update_invoice.request, "update")
    iterate = _rt.async_pages(_list_invoices.request, "iterate", "page", "page_size")


__all__ = ["AsyncInvoices", "Invoices"]
