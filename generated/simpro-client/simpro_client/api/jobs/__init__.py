"""The operations tagged jobs: `client.jobs` (Jobs) and
`client.aio.jobs` (AsyncJobs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_job as _create_job
from . import delete_job as _delete_job
from . import get_job as _get_job
from . import list_jobs as _list_jobs
from . import update_job as _update_job


class Jobs(_rt.Resource):
    """The operations tagged jobs, as `client.jobs.<method>(...)`."""

    list = _rt.operation(_list_jobs.request, "list")
    create = _rt.operation(_create_job.request, "create")
    get = _rt.operation(_get_job.request, "get")
    delete = _rt.operation(_delete_job.request, "delete")
    update = _rt.operation(_update_job.request, "update")
    iterate = _rt.pages(_list_jobs.request, "iterate", "page", "page_size")


class AsyncJobs(_rt.AsyncResource):
    """The operations tagged jobs, awaited: `await client.aio.jobs.<method>(...)`."""

    list = _rt.async_operation(_list_jobs.request, "list")
    create = _rt.async_operation(_create_job.request, "create")
    get = _rt.async_operation(_get_job.request, "get")
    delete = _rt.async_operation(_delete_job.request, "delete")
    update = _rt.async_operation(_update_job.request, "update")
    iterate = _rt.async_pages(_list_jobs.request, "iterate", "page", "page_size")


__all__ = ["AsyncJobs", "Jobs"]
