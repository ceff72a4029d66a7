"""The operations tagged job_cost_center_locks: `client.job_cost_center_locks` (JobCostCenterLocks) and
`client.aio.job_cost_center_locks` (AsyncJobCostCenterLocks). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_job_cost_center_lock as _create_job_cost_center_lock
from . import delete_job_cost_center_lock as _delete_job_cost_center_lock


class JobCostCenterLocks(_rt.Resource):
    """The operations tagged job_cost_center_locks, as `client.job_cost_center_locks.<method>(...)`."""

    create = _rt.operation(_create_job_cost_center_lock.request, "create")
    delete = _rt.operation(_delete_job_cost_center_lock.request, "delete")


class AsyncJobCostCenterLocks(_rt.AsyncResource):
    """The operations tagged job_cost_center_locks, awaited: `await client.aio.job_cost_center_locks.<method>(...)`."""

    create = _rt.async_operation(_create_job_cost_center_lock.request, "create")
    delete = _rt.async_operation(_delete_job_cost_center_lock.request, "delete")


__all__ = ["AsyncJobCostCenterLocks", "JobCostCenterLocks"]
