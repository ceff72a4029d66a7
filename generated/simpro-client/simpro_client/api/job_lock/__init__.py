"""The operations tagged job_lock: `client.job_lock` (JobLock) and
`client.aio.job_lock` (AsyncJobLock). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_job_lock as _create_job_lock
from . import delete_job_lock as _delete_job_lock


class JobLock(_rt.Resource):
    """The operations tagged job_lock, as `client.job_lock.<method>(...)`."""

    create = _rt.operation(_create_job_lock.request, "create")
    delete = _rt.operation(_delete_job_lock.request, "delete")


class AsyncJobLock(_rt.AsyncResource):
    """The operations tagged job_lock, awaited: `await client.aio.job_lock.<method>(...)`."""

    create = _rt.async_operation(_create_job_lock.request, "create")
    delete = _rt.async_operation(_delete_job_lock.request, "delete")


__all__ = ["AsyncJobLock", "JobLock"]
