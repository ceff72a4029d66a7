"""The operations tagged invoice_credit_notes: `client.invoice_credit_notes` (InvoiceCreditNotes) and
`client.aio.invoice_credit_notes` (AsyncInvoiceCreditNotes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_invoice_credit_note as _create_invoice_credit_note
from . import delete_invoice_credit_note as _delete_invoice_credit_note
from . import get_invoice_credit_note as _get_invoice_credit_note
from . import list_invoice_credit_notes as _list_invoice_credit_notes
from . import update_invoice_credit_note as _update_invoice_credit_note


class InvoiceCreditNotes(_rt.Resource):
    """The operations tagged invoice_credit_notes, as `client.invoice_credit_notes.<method>(...)`."""

    list = _rt.operation(_list_invoice_credit_notes.request, "list")
    create = _rt.operation(_create_invoice_credit_note.request, "create")
    get = _rt.operation(_get_invoice_credit_note.request, "get")
    delete = _rt.operation(_delete_invoice_credit_note.request, "delete")
    update = _rt.operation(_update_invoice_credit_note.request, "update")
    iterate = _rt.pages(_list_invoice_credit_notes.request, "iterate", "page", "page_size")


class AsyncInvoiceCreditNotes(_rt.AsyncResource):
    """The operations tagged invoice_credit_notes, awaited: `await client.aio.invoice_credit_notes.<method>(...)`."""

    list = _rt.async_operation(_list_invoice_credit_notes.request, "list")
    create = _rt.async_operation(_create_invoice_credit_note.request, "create")
    get = _rt.async_operation(_get_invoice_credit_note.request, "get")
    delete = _rt.async_operation(_delete_invoice_credit_note.request, "delete")
    update = _rt.async_operation(_update_invoice_credit_note.request, "update")
    iterate = _rt.async_pages(_list_invoice_credit_notes.request, "iterate", "page", "page_size")


__all__ = ["AsyncInvoiceCreditNotes", "InvoiceCreditNotes"]
