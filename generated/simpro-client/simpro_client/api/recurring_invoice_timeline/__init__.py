"""The operations tagged recurring_invoice_timeline: `client.recurring_invoice_timeline` (RecurringInvoiceTimeline) and
`client.aio.recurring_invoice_timeline` (AsyncRecurringInvoiceTimeline). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import list_recurring_invoice_timelines as _list_recurring_invoice_timelines


class RecurringInvoiceTimeline(_rt.Resource):
    """The operations tagged recurring_invoice_timeline, as `client.recurring_invoice_timeline.<method>(...)`."""

    list_recurring_invoice_timelines = _rt.operation(
        _list_recurring_invoice_timelines.request, "list_recurring_invoice_timelines"
    )


class AsyncRecurringInvoiceTimeline(_rt.AsyncResource):
    """The operations tagged recurring_invoice_timeline, awaited: `await client.aio.recurring_invoice_timeline.<method>(...)`."""

    list_recurring_invoice_timelines = _rt.async_operation(
        _list_recurring_invoice_timelines.request, "list_recurring_invoice_timelines"
    )


__all__ = ["AsyncRecurringInvoiceTimeline", "RecurringInvoiceTimeline"]
