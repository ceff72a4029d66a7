"""The operations tagged activity_schedules: `client.activity_schedules` (ActivitySchedules) and
`client.aio.activity_schedules` (AsyncActivitySchedules). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_activity_schedule as _create_activity_schedule
from . import delete_activity_schedule as _delete_activity_schedule
from . import get_activity_schedule as _get_activity_schedule
from . import list_activity_schedules as _list_activity_schedules
from . import update_activity_schedule as _update_activity_schedule


class ActivitySchedules(_rt.Resource):
    """The operations tagged activity_schedules, as `client.activity_schedules.<method>(...)`."""

    list = _rt.operation(_list_activity_schedules.request, "list")
    create = _rt.operation(_create_activity_schedule.request, "create")
    get = _rt.operation(_get_activity_schedule.request, "get")
    delete = _rt.operation(_delete_activity_schedule.request, "delete")
    update = _rt.operation(_update_activity_schedule.request, "update")
    iterate = _rt.pages(_list_activity_schedules.request, "iterate", "page", "page_size")


class AsyncActivitySchedules(_rt.AsyncResource):
    """The operations tagged activity_schedules, awaited: `await client.aio.activity_schedules.<method>(...)`."""

    list = _rt.async_operation(_list_activity_schedules.request, "list")
    create = _rt.async_operation(_create_activity_schedule.request, "create")
    get = _rt.async_operation(_get_activity_schedule.request, "get")
    delete = _rt.async_operation(_delete_activity_schedule.request, "delete")
    update = _rt.async_operation(_update_activity_schedule.request, "update")
    iterate = _rt.async_pages(_list_activity_schedules.request, "iterate", "page", "page_size")


__all__ = ["AsyncActivitySchedules", "ActivitySchedules"]
