"""The operations tagged job_cost_center_schedules: `client.job_cost_center_schedules` (JobCostCenterSchedules) and
`client.aio.job_cost_center_schedules` (AsyncJobCostCenterSchedules). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_job_cost_center_schedule as _create_job_cost_center_schedule
from . import delete_job_cost_center_schedule as _delete_job_cost_center_schedule
from . import get_job_cost_center_schedule as _get_job_cost_center_schedule
from . import list_job_cost_center_schedules as _list_job_cost_center_schedules
from . import update_job_cost_center_schedule as _update_job_cost_center_schedule


class JobCostCenterSchedules(_rt.Resource):
    """The operations tagged job_cost_center_schedules, as `client.job_cost_center_schedules.<method>(...)`."""

    list = _rt.operation(_list_job_cost_center_schedules.request, "list")
    create = _rt.operation(_create_job_cost_center_schedule.request, "create")
    get = _rt.operation(_get_job_cost_center_schedule.request, "get")
    delete = _rt.operation(_delete_job_cost_center_schedule.request, "delete")
    update = _rt.operation(_update_job_cost_center_schedule.request, "update")
    iterate = _rt.pages(_list_job_cost_center_schedules.request, "iterate", "page", "page_size")


class AsyncJobCostCenterSchedules(_rt.AsyncResource):
    """The operations tagged job_cost_center_schedules, awaited: `await client.aio.job_cost_center_schedules.<method>(...)`."""

    list = _rt.async_operation(_list_job_cost_center_schedules.request, "list")
    create = _rt.async_operation(_create_job_cost_center_schedule.request, "create")
    get = _rt.async_operation(_get_job_cost_center_schedule.request, "get")
    delete = _rt.async_operation(_delete_job_cost_center_schedule.request, "delete")
    update = _rt.async_operation(_update_job_cost_center_schedule.request, "update")
    iterate = _rt.async_pages(_list_job_cost_center_schedules.request, "iterate", "page", "page_size")


__all__ = ["AsyncJobCostCenterSchedules", "JobCostCenterSchedules"]
