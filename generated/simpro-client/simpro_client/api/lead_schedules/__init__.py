"""The operations tagged lead_schedules: `client.lead_schedules` (LeadSchedules) and
`client.aio.lead_schedules` (AsyncLeadSchedules). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_lead_schedule as _create_lead_schedule
from . import delete_lead_schedule as _delete_lead_schedule
from . import get_lead_schedule as _get_lead_schedule
from . import list_lead_schedules as _list_lead_schedules
from . import update_lead_schedule as _update_lead_schedule


class LeadSchedules(_rt.Resource):
    """The operations tagged lead_schedules, as `client.lead_schedules.<method>(...)`."""

    list = _rt.operation(_list_lead_schedules.request, "list")
    create = _rt.operation(_create_lead_schedule.request, "create")
    get = _rt.operation(_get_lead_schedule.request, "get")
    delete = _rt.operation(_delete_lead_schedule.request, "delete")
    update = _rt.operation(_update_lead_schedule.request, "update")
    iterate = _rt.pages(_list_lead_schedules.request, "iterate", "page", "page_size")


class AsyncLeadSchedules(_rt.AsyncResource):
    """The operations tagged lead_schedules, awaited: `await client.aio.lead_schedules.<method>(...)`."""

    list = _rt.async_operation(_list_lead_schedules.request, "list")
    create = _rt.async_operation(_create_lead_schedule.request, "create")
    get = _rt.async_operation(_get_lead_schedule.request, "get")
    delete = _rt.async_operation(_delete_lead_schedule.request, "delete")
    update = _rt.async_operation(_update_lead_schedule.request, "update")
    iterate = _rt.async_pages(_list_lead_schedules.request, "iterate", "page", "page_size")


__all__ = ["AsyncLeadSchedules", "LeadSchedules"]
