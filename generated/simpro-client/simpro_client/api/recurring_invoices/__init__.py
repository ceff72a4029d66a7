"""The operations tagged recurring_invoices: `client.recurring_invoices` (RecurringInvoices) and
`client.aio.recurring_invoices` (AsyncRecurringInvoices). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_recurring_invoice as _create_recurring_invoice
from . import delete_recurring_invoice as _delete_recurring_invoice
from . import get_recurring_invoice as _get_recurring_invoice
from . import list_recurring_invoices as _list_recurring_invoices
from . import update_recurring_invoice as _update_recurring_invoice


class RecurringInvoices(_rt.Resource):
    """The operations tagged recurring_invoices, as `client.recurring_invoices.<method>(...)`."""

    list = _rt.operation(_list_recurring_invoices.request, "list")
    create = _rt.operation(_create_recurring_invoice.request, "create")
    get = _rt.operation(_get_recurring_invoice.request, "get")
    delete = _rt.operation(_delete_recurring_invoice.request, "delete")
    update = _rt.operation(_update_recurring_invoice.request, "update")
    iterate = _rt.pages(_list_recurring_invoices.request, "iterate", "page", "page_size")


class AsyncRecurringInvoices(_rt.AsyncResource):
    """The operations tagged recurring_invoices, awaited: `await client.aio.recurring_invoices.<method>(...)`."""

    list = _rt.async_operation(_list_recurring_invoices.request, "list")
    create = _rt.async_operation(_create_recurring_invoice.request, "create")
    get = _rt.async_operation(_get_recurring_invoice.request, "get")
    delete = _rt.async_operation(_delete_recurring_invoice.request, "delete")
    update = _rt.async_operation(_update_recurring_invoice.request, "update")
    iterate = _rt.async_pages(_list_recurring_invoices.request, "iterate", "page", "page_size")


__all__ = ["AsyncRecurringInvoices", "RecurringInvoices"]
