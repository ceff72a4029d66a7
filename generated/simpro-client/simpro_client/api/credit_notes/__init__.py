"""The operations tagged credit_notes: `client.credit_notes` (CreditNotes) and
`client.aio.credit_notes` (AsyncCreditNotes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_credit_note as _create_credit_note
from . import delete_credit_note as _delete_credit_note
from . import get_credit_note as _get_credit_note
from . import list_credit_notes as _list_credit_notes
from . import update_credit_note as _update_credit_note


class CreditNotes(_rt.Resource):
    """The operations tagged credit_notes, as `client.credit_notes.<method>(...)`."""

    list = _rt.operation(_list_credit_notes.request, "list")
    create = _rt.operation(_create_credit_note.request, "create")
    get = _rt.operation(_get_credit_note.request, "get")
    delete = _rt.operation(_delete_credit_note.request, "delete")
    update = _rt.operation(_update_credit_note.request, "update")
    iterate = _rt.pages(_list_credit_notes.request, "iterate", "page", "page_size")


class AsyncCreditNotes(_rt.AsyncResource):
    """The operations tagged credit_notes, awaited: `await client.aio.credit_notes.<method>(...)`."""

    list = _rt.async_operation(_list_credit_notes.request, "list")
    create = _rt.async_operation(_create_credit_note.request, "create")
    get = _rt.async_operation(_get_credit_note.request, "get")
    delete = _rt.async_operation(_delete_credit_note.request, "delete")
    update = _rt.async_operation(_update_credit_note.request, "update")
    iterate = _rt.async_pages(_list_credit_notes.request, "iterate", "page", "page_size")


__all__ = ["AsyncCreditNotes", "CreditNotes"]
