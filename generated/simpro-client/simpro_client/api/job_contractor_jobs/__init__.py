"""The operations tagged job_contractor_jobs: `client.job_contractor_jobs` (JobContractorJobs) and
`client.aio.job_contractor_jobs` (AsyncJobContractorJobs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_job_contractor_job as _create_job_contractor_job
from . import delete_job_contractor_job as _delete_job_contractor_job
from . import get_job_contractor_job as _get_job_contractor_job
from . import list_job_contractor_jobs as _list_job_contractor_jobs
from . import update_job_contractor_job as _update_job_contractor_job


class JobContractorJobs(_rt.Resource):
    """The operations tagged job_contractor_jobs, as `client.job_contractor_jobs.<method>(...)`."""

    list = _rt.operation(_list_job_contractor_jobs.request, "list")
    create = _rt.operation(_create_job_contractor_job.request, "create")
    get = _rt.operation(_get_job_contractor_job.request, "get")
    delete = _rt.operation(_delete_job_contractor_job.request, "delete")
    update = _rt.operation(_update_job_contractor_job.request, "update")
    iterate = _rt.pages(_list_job_contractor_jobs.request, "iterate", "page", "page_size")


class AsyncJobContractorJobs(_rt.AsyncResource):
    """The operations tagged job_contractor_jobs, awaited: `await client.aio.job_contractor_jobs.<method>(...)`."""

    list = _rt.async_operation(_list_job_contractor_jobs.request, "list")
    create = _rt.async_operation(_create_job_contractor_job.request, "create")
    get = _rt.async_operation(_get_job_contractor_job.request, "get")
    delete = _rt.async_operation(_delete_job_contractor_job.request, "delete")
    update = _rt.async_operation(_update_job_contractor_job.request, "update")
    iterate = _rt.async_pages(_list_job_contractor_jobs.request, "iterate", "page", "page_size")


__all__ = ["AsyncJobContractorJobs", "JobContractorJobs"]
