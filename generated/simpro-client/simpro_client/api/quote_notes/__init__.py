"""The operations tagged quote_notes: `client.quote_notes` (QuoteNotes) and
`client.aio.quote_notes` (AsyncQuoteNotes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_quote_note as _create_quote_note
from . import get_quote_note as _get_quote_note
from . import list_quote_notes as _list_quote_notes
from . import update_quote_note as _update_quote_note


class QuoteNotes(_rt.Resource):
    """The operations tagged quote_notes, as `client.quote_notes.<method>(...)`."""

    list = _rt.operation(_list_quote_notes.request, "list")
    create = _rt.operation(_create_quote_note.request, "create")
    get = _rt.operation(_get_quote_note.request, "get")
    update = _rt.operation(_update_quote_note.request, "update")
    iterate = _rt.pages(_list_quote_notes.request, "iterate", "page", "page_size")


class AsyncQuoteNotes(_rt.AsyncResource):
    """The operations tagged quote_notes, awaited: `await client.aio.quote_notes.<method>(...)`."""

    list = _rt.async_operation(_list_quote_notes.request, "list")
    create = _rt.async_operation(_create_quote_note.request, "create")
    get = _rt.async_operation(_get_quote_note.request, "get")
    update = _rt.async_operation(_update_quote_note.request, "update")
    iterate = _rt.async_pages(_list_quote_notes.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteNotes", "QuoteNotes"]
