"""The operations tagged schedule_logs: `client.schedule_logs` (ScheduleLogs) and
`client.aio.schedule_logs` (AsyncScheduleLogs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_schedule_log as _get_schedule_log
from . import list_schedule_logs as _list_schedule_logs


class ScheduleLogs(_rt.Resource):
    """The operations tagged schedule_logs, as `client.schedule_logs.<method>(...)`."""

    list = _rt.operation(_list_schedule_logs.request, "list")
    get = _rt.operation(_get_schedule_log.request, "get")
    iterate = _rt.pages(_list_schedule_logs.request, "iterate", "page", "page_size")


class AsyncScheduleLogs(_rt.AsyncResource):
    """The operations tagged schedule_logs, awaited: `await client.aio.schedule_logs.<method>(...)`."""

    list = _rt.async_operation(_list_schedule_logs.request, "list")
    get = _rt.async_operation(_get_schedule_log.request, "get")
    iterate = _rt.async_pages(_list_schedule_logs.request, "iterate", "page", "page_size")


__all__ = ["AsyncScheduleLogs", "ScheduleLogs"]
