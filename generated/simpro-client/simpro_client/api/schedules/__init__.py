"""The operations tagged schedules: `client.schedules` (Schedules) and
`client.aio.schedules` (AsyncSchedules). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_schedule as _get_schedule
from . import list_schedules as _list_schedules


class Schedules(_rt.Resource):
    """The operations tagged schedules, as `client.schedules.<method>(...)`."""

    list = _rt.operation(_list_schedules.request, "list")
    get = _rt.operation(_get_schedule.request, "get")
    iterate = _rt.pages(_list_schedules.request, "iterate", "page", "page_size")


class AsyncSchedules(_rt.AsyncResource):
    """The operations tagged schedules, awaited: `await client.aio.schedules.<method>(...)`."""

    list = _rt.async_operation(_list_schedules.request, "list")
    get = _rt.async_operation(_get_schedule.request, "get")
    iterate = _rt.async_pages(_list_schedules.request, "iterate", "page", "page_size")


__all__ = ["AsyncSchedules", "Schedules"]
