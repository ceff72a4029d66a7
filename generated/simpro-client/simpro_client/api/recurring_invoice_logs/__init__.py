"""The operations tagged recurring_invoice_logs: `client.recurring_invoice_logs` (RecurringInvoiceLogs) and
`client.aio.recurring_invoice_logs` (AsyncRecurringInvoiceLogs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_recurring_invoice_log as _get_recurring_invoice_log
from . import list_recurring_invoice_logs as _list_recurring_invoice_logs


class RecurringInvoiceLogs(_rt.Resource):
    """The operations tagged recurring_invoice_logs, as `client.recurring_invoice_logs.<method>(...)`."""

    list = _rt.operation(_list_recurring_invoice_logs.request, "list")
    get = _rt.operation(_get_recurring_invoice_log.request, "get")
    iterate = _rt.pages(_list_recurring_invoice_logs.request, "iterate", "page", "page_size")


class AsyncRecurringInvoiceLogs(_rt.AsyncResource):
    """The operations tagged recurring_invoice_logs, awaited: `await client.aio.recurring_invoice_logs.<method>(...)`."""

    list = _rt.async_operation(_list_recurring_invoice_logs.request, "list")
    get = _rt.async_operation(_get_recurring_invoice_log.request, "get")
    iterate = _rt.async_pages(_list_recurring_invoice_logs.request, "iterate", "page", "page_size")


__all__ = ["AsyncRecurringInvoiceLogs", "RecurringInvoiceLogs"]
