"""The operations tagged invoice_notes: `client.invoice_notes` (InvoiceNotes) and
`client.aio.invoice_notes` (AsyncInvoiceNotes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_invoice_note as _create_invoice_note
from . import delete_invoice_note as _delete_invoice_note
from . import get_invoice_note as _get_invoice_note
from . import list_invoice_notes as _list_invoice_notes
from . import update_invoice_note as _update_invoice_note


class InvoiceNotes(_rt.Resource):
    """The operations tagged invoice_notes, as `client.invoice_notes.<method>(...)`."""

    list = _rt.operation(_list_invoice_notes.request, "list")
    create = _rt.operation(_create_invoice_note.request, "create")
    get = _rt.operation(_get_invoice_note.request, "get")
    delete = _rt.operation(_delete_invoice_note.request, "delete")
    update = _rt.operation(_update_invoice_note.request, "update")
    iterate = _rt.pages(_list_invoice_notes.request, "iterate", "page", "page_size")


class AsyncInvoiceNotes(_rt.AsyncResource):
    """The operations tagged invoice_notes, awaited: `await client.aio.invoice_notes.<method>(...)`."""

    list = _rt.async_operation(_list_invoice_notes.request, "list")
    create = _rt.async_operation(_create_invoice_note.request, "create")
    get = _rt.async_operation(_get_invoice_note.request, "get")
    delete = _rt.async_operation(_delete_invoice_note.request, "delete")
    update = _rt.async_operation(_update_invoice_note.request, "update")
    iterate = _rt.async_pages(_list_invoice_notes.request, "iterate", "page", "page_size")


__all__ = ["AsyncInvoiceNotes", "InvoiceNotes"]
