"""The operations tagged notes: `client.notes` (Notes) and
`client.aio.notes` (AsyncNotes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_note as _create_note
from . import delete_note as _delete_note
from . import get_note as _get_note
from . import list_notes as _list_notes
from . import update_note as _update_note


class Notes(_rt.Resource):
    """The operations tagged notes, as `client.notes.<method>(...)`."""

    list = _rt.operation(_list_notes.request, "list")
    create = _rt.operation(_create_note.request, "create")
    get = _rt.operation(_get_note.request, "get")
    delete = _rt.operation(_delete_note.request, "delete")
    update = _rt.operation(_update_note.request, "update")
    iterate = _rt.pages(_list_notes.request, "iterate", "page", "page_size")


class AsyncNotes(_rt.AsyncResource):
    """The operations tagged notes, awaited: `await client.aio.notes.<method>(...)`."""

    list = _rt.async_operation(_list_notes.request, "list")
    create = _rt.async_operation(_create_note.request, "create")
    get = _rt.async_operation(_get_note.request, "get")
    delete = _rt.async_operation(_delete_note.request, "delete")
    update = _rt.async_operation(_update_note.request, "update")
    iterate = _rt.async_pages(_list_notes.request, "iterate", "page", "page_size")


__all__ = ["AsyncNotes", "Notes"]
