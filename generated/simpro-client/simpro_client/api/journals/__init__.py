"""The operations tagged journals: `client.journals` (Journals) and
`client.aio.journals` (AsyncJournals). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import list_journals as _list_journals


class Journals(_rt.Resource):
    """The operations tagged journals, as `client.journals.<method>(...)`."""

    list = _rt.operation(_list_journals.request, "list")
    iterate = _rt.pages(_list_journals.request, "iterate", "page", "page_size")


class AsyncJournals(_rt.AsyncResource):
    """The operations tagged journals, awaited: `await client.aio.journals.<method>(...)`."""

    list = _rt.async_operation(_list_journals.request, "list")
    iterate = _rt.async_pages(_list_journals.request, "iterate", "page", "page_size")


__all__ = ["AsyncJournals", "Journals"]
