"""The operations tagged job_notes: `client.job_notes` (JobNotes) and
`client.aio.job_notes` (AsyncJobNotes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_job_note as _create_job_note
from . import get_job_note as _get_job_note
from . import list_all_job_notes as _list_all_job_notes
from . import list_job_notes as _list_job_notes
from . import update_job_note as _update_job_note


class JobNotes(_rt.Resource):
    """The operations tagged job_notes, as `client.job_notes.<method>(...)`."""

    list = _rt.operation(_list_job_notes.request, "list")
    create = _rt.operation(_create_job_note.request, "create")
    get = _rt.operation(_get_job_note.request, "get")
    update = _rt.operation(_update_job_note.request, "update")
    list_all = _rt.operation(_list_all_job_notes.request, "list_all")
    iterate = _rt.pages(_list_job_notes.request, "iterate", "page", "page_size")
    iterate_all = _rt.pages(_list_all_job_notes.request, "iterate_all", "page", "page_size")


class AsyncJobNotes(_rt.AsyncResource):
    """The operations tagged job_notes, awaited: `await client.aio.job_notes.<method>(...)`."""

    list = _rt.async_operation(_list_job_notes.request, "list")
    create = _rt.async_operation(_create_job_note.request, "create")
    get = _rt.async_operation(_get_job_note.request, "get")
    update = _rt.async_operation(_update_job_note.request, "update")
    list_all = _rt.async_operation(_list_all_job_notes.request, "list_all")
    iterate = _rt.async_pages(_list_job_notes.request, "iterate", "page", "page_size")
    iterate_all = _rt.async_pages(_list_all_job_notes.request, "iterate_all", "page", "page_size")


__all__ = ["AsyncJobNotes", "JobNotes"]
