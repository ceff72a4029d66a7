"""The operations tagged job_cost_center_tasks: `client.job_cost_center_tasks` (JobCostCenterTasks) and
`client.aio.job_cost_center_tasks` (AsyncJobCostCenterTasks). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_job_cost_center_task as _get_job_cost_center_task
from . import list_job_cost_center_tasks as _list_job_cost_center_tasks


class JobCostCenterTasks(_rt.Resource):
    """The operations tagged job_cost_center_tasks, as `client.job_cost_center_tasks.<method>(...)`."""

    list = _rt.operation(_list_job_cost_center_tasks.request, "list")
    get = _rt.operation(_get_job_cost_center_task.request, "get")
    iterate = _rt.pages(_list_job_cost_center_tasks.request, "iterate", "page", "page_size")


class AsyncJobCostCenterTasks(_rt.AsyncResource):
    """The operations tagged job_cost_center_tasks, awaited: `await client.aio.job_cost_center_tasks.<method>(...)`."""

    list = _rt.async_operation(_list_job_cost_center_tasks.request, "list")
    get = _rt.async_operation(_get_job_cost_center_task.request, "get")
    iterate = _rt.async_pages(_list_job_cost_center_tasks.request, "iterate", "page", "page_size")


__all__ = ["AsyncJobCostCenterTasks", "JobCostCenterTasks"]
