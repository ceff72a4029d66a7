"""The operations tagged job_tasks: `client.job_tasks` (JobTasks) and
`client.aio.job_tasks` (AsyncJobTasks). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_job_task as _get_job_task
from . import list_job_tasks as _list_job_tasks


class JobTasks(_rt.Resource):
    """The operations tagged job_tasks, as `client.job_tasks.<method>(...)`."""

    list = _rt.operation(_list_job_tasks.request, "list")
    get = _rt.operation(_get_job_task.request, "get")
    iterate = _rt.pages(_list_job_tasks.request, "iterate", "page", "page_size")


class AsyncJobTasks(_rt.AsyncResource):
    """The operations tagged job_tasks, awaited: `await client.aio.job_tasks.<method>(...)`."""

    list = _rt.async_operation(_list_job_tasks.request, "list")
    get = _rt.async_operation(_get_job_task.request, "get")
    iterate = _rt.async_pages(_list_job_tasks.request, "iterate", "page", "page_size")


__all__ = ["AsyncJobTasks", "JobTasks"]
