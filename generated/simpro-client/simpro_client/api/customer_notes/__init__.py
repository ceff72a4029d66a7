"""The operations tagged customer_notes: `client.customer_notes` (CustomerNotes) and
`client.aio.customer_notes` (AsyncCustomerNotes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_customer_note as _create_customer_note
from . import delete_customer_note as _delete_customer_note
from . import get_customer_note as _get_customer_note
from . import list_all_customer_notes as _list_all_customer_notes
from . import list_customer_notes as _list_customer_notes
from . import update_customer_note as _update_customer_note


class CustomerNotes(_rt.Resource):
    """The operations tagged customer_notes, as `client.customer_notes.<method>(...)`."""

    list = _rt.operation(_list_customer_notes.request, "list")
    create = _rt.operation(_create_customer_note.request, "create")
    get = _rt.operation(_get_customer_note.request, "get")
    delete = _rt.operation(_delete_customer_note.request, "delete")
    update = _rt.operation(_update_customer_note.request, "update")
    list_all = _rt.operation(_list_all_customer_notes.request, "list_all")
    iterate = _rt.pages(_list_customer_notes.request, "iterate", "page", "page_size")
    iterate_all = _rt.pages(_list_all_customer_notes.request, "iterate_all", "page", "page_size")


class AsyncCustomerNotes(_rt.AsyncResource):
    """The operations tagged customer_notes, awaited: `await client.aio.customer_notes.<method>(...)`."""

    list = _rt.async_operation(_list_customer_notes.request, "list")
    create = _rt.async_operation(_create_customer_note.request, "create")
    get = _rt.async_operation(_get_customer_note.request, "get")
    delete = _rt.async_operation(_delete_customer_note.request, "delete")
    update = _rt.async_operation(_update_customer_note.request, "update")
    list_all = _rt.async_operation(_list_all_customer_notes.request, "list_all")
    iterate = _rt.async_pages(_list_customer_notes.request, "iterate", "page", "page_size")
    iterate_all = _rt.async_pages(_list_all_customer_notes.request, "iterate_all", "page", "page_size")


__all__ = ["AsyncCustomerNotes", "CustomerNotes"]
