"""The operations tagged recurring_jobs: `client.recurring_jobs` (RecurringJobs) and
`client.aio.recurring_jobs` (AsyncRecurringJobs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_recurring_job as _create_recurring_job
from . import delete_recurring_job as _delete_recurring_job
from . import get_recurring_job as _get_recurring_job
from . import list_recurring_jobs as _list_recurring_jobs
from . import update_recurring_job as _update_recurring_job


class RecurringJobs(_rt.Resource):
    """The operations tagged recurring_jobs, as `client.recurring_jobs.<method>(...)`."""

    list = _rt.operation(_list_recurring_jobs.request, "list")
    create = _rt.operation(_create_recurring_job.request, "create")
    get = _rt.operation(_get_recurring_job.request, "get")
    delete = _rt.operation(_delete_recurring_job.request, "delete")
    update = _rt.operation(_update_recurring_job.request, "update")
    iterate = _rt.pages(_list_recurring_jobs.request, "iterate", "page", "page_size")


class AsyncRecurringJobs(_rt.AsyncResource):
    """The operations tagged recurring_jobs, awaited: `await client.aio.recurring_jobs.<method>(...)`."""

    list = _rt.async_operation(_list_recurring_jobs.request, "list")
    create = _rt.async_operation(_create_recurring_job.request, "create")
    get = _rt.async_operation(_get_recurring_job.request, "get")
    delete = _rt.async_operation(_delete_recurring_job.request, "delete")
    update = _rt.async_operation(_update_recurring_job.request, "update")
    iterate = _rt.async_pages(_list_recurring_jobs.request, "iterate", "page", "page_size")


__all__ = ["AsyncRecurringJobs", "RecurringJobs"]
