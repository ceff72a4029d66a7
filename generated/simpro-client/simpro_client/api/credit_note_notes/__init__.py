"""The operations tagged credit_note_notes: `client.credit_note_notes` (CreditNoteNotes) and
`client.aio.credit_note_notes` (AsyncCreditNoteNotes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_credit_note_note as _create_credit_note_note
from . import delete_credit_note_note as _delete_credit_note_note
from . import get_credit_note_note as _get_credit_note_note
from . import list_credit_note_notes as _list_credit_note_notes
from . import update_credit_note_note as _update_credit_note_note


class CreditNoteNotes(_rt.Resource):
    """The operations tagged credit_note_notes, as `client.credit_note_notes.<method>(...)`."""

    list = _rt.operation(_list_credit_note_notes.request, "list")
    create = _rt.operation(_create_credit_note_note.request, "create")
    get = _rt.operation(_get_credit_note_note.request, "get")
    delete = _rt.operation(_delete_credit_note_note.request, "delete")
    update = _rt.operation(_update_credit_note_note.request, "update")
    iterate = _rt.pages(_list_credit_note_notes.request, "iterate", "page", "page_size")


class AsyncCreditNoteNotes(_rt.AsyncResource):
    """The operations tagged credit_note_notes, awaited: `await client.aio.credit_note_notes.<method>(...)`."""

    list = _rt.async_operation(_list_credit_note_notes.request, "list")
    create = _rt.async_operation(_create_credit_note_note.request, "create")
    get = _rt.async_operation(_get_credit_note_note.request, "get")
    delete = _rt.async_operation(_delete_credit_note_note.request, "delete")
    update = _rt.async_operation(_update_credit_note_note.request, "update")
    iterate = _rt.async_pages(_list_credit_note_notes.request, "iterate", "page", "page_size")


__all__ = ["AsyncCreditNoteNotes", "CreditNoteNotes"]
