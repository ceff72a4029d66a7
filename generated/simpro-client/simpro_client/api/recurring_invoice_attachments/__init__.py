"""The operations tagged recurring_invoice_attachments: `client.recurring_invoice_attachments` (RecurringInvoiceAttachments) and
`client.aio.recurring_invoice_attachments` (AsyncRecurringInvoiceAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_recurring_invoice_attachment as _create_recurring_invoice_attachment
from . import delete_recurring_invoice_attachment as _delete_recurring_invoice_attachment
from . import get_recurring_invoice_attachment as _get_recurring_invoice_attachment
from . import list_recurring_invoice_attachments as _list_recurring_invoice_attachments
from . import update_recurring_invoice_attachment as _update_recurring_invoice_attachment


class RecurringInvoiceAttachments(_rt.Resource):
    """The operations tagged recurring_invoice_attachments, as `client.recurring_invoice_attachments.<method>(...)`."""

    list = _rt.operation(_list_recurring_invoice_attachments.request, "list")
    create = _rt.operation(_create_recurring_invoice_attachment.request, "create")
    get = _rt.operation(_get_recurring_invoice_attachment.request, "get")
    delete = _rt.operation(_delete_recurring_invoice_attachment.request, "delete")
    update = _rt.operation(_update_recurring_invoice_attachment.request, "update")
    iterate = _rt.pages(_list_recurring_invoice_attachments.request, "iterate", "page", "page_size")


class AsyncRecurringInvoiceAttachments(_rt.AsyncResource):
    """The operations tagged recurring_invoice_attachments, awaited: `await client.aio.recurring_invoice_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_recurring_invoice_attachments.request, "list")
    create = _rt.async_operation(_create_recurring_invoice_attachment.request, "create")
    get = _rt.async_operation(_get_recurring_invoice_attachment.request, "get")
    delete = _rt.async_operation(_delete_recurring_invoice_attachment.request, "delete")
    update = _rt.async_operation(_update_recurring_invoice_attachment.request, "update")
    iterate = _rt.async_pages(_list_recurring_invoice_attachments.request, "iterate", "page", "page_size")


__all__ = ["AsyncRecurringInvoiceAttachments", "RecurringInvoiceAttachments"]
