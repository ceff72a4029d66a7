"""The operations tagged quote_tasks: `client.quote_tasks` (QuoteTasks) and
`client.aio.quote_tasks` (AsyncQuoteTasks). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_quote_task as _get_quote_task
from . import list_quote_tasks as _list_quote_tasks


class QuoteTasks(_rt.Resource):
    """The operations tagged quote_tasks, as `client.quote_tasks.<method>(...)`."""

    list = _rt.operation(_list_quote_tasks.request, "list")
    get = _rt.operation(_get_quote_task.request, "get")
    iterate = _rt.pages(_list_quote_tasks.request, "iterate", "page", "page_size")


class AsyncQuoteTasks(_rt.AsyncResource):
    """The operations tagged quote_tasks, awaited: `await client.aio.quote_tasks.<method>(...)`."""

    list = _rt.async_operation(_list_quote_tasks.request, "list")
    get = _rt.async_operation(_get_quote_task.request, "get")
    iterate = _rt.async_pages(_list_quote_tasks.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteTasks", "QuoteTasks"]
