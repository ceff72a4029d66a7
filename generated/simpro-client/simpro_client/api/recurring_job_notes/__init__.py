"""The operations tagged recurring_job_notes: `client.recurring_job_notes` (RecurringJobNotes) and
`client.aio.recurring_job_notes` (AsyncRecurringJobNotes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_recurring_job_note as _create_recurring_job_note
from . import get_recurring_job_note as _get_recurring_job_note
from . import list_recurring_job_notes as _list_recurring_job_notes
from . import update_recurring_job_note as _update_recurring_job_note


class RecurringJobNotes(_rt.Resource):
    """The operations tagged recurring_job_notes, as `client.recurring_job_notes.<method>(...)`."""

    list = _rt.operation(_list_recurring_job_notes.request, "list")
    create = _rt.operation(_create_recurring_job_note.request, "create")
    get = _rt.operation(_get_recurring_job_note.request, "get")
    update = _rt.operation(_update_recurring_job_note.request, "update")
    iterate = _rt.pages(_list_recurring_job_notes.request, "iterate", "page", "page_size")


class AsyncRecurringJobNotes(_rt.AsyncResource):
    """The operations tagged recurring_job_notes, awaited: `await client.aio.recurring_job_notes.<method>(...)`."""

    list = _rt.async_operation(_list_recurring_job_notes.request, "list")
    create = _rt.async_operation(_create_recurring_job_note.request, "create")
    get = _rt.async_operation(_get_recurring_job_note.request, "get")
    update = _rt.async_operation(_update_recurring_job_note.request, "update")
    iterate = _rt.async_pages(_list_recurring_job_notes.request, "iterate", "page", "page_size")


__all__ = ["AsyncRecurringJobNotes", "RecurringJobNotes"]
