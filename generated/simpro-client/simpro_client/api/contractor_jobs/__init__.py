"""The operations tagged contractor_jobs: `client.contractor_jobs` (ContractorJobs) and
`client.aio.contractor_jobs` (AsyncContractorJobs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_contractor_job as _get_contractor_job
from . import list_contractor_jobs as _list_contractor_jobs


class ContractorJobs(_rt.Resource):
    """The operations tagged contractor_jobs, as `client.contractor_jobs.<method>(...)`."""

    list = _rt.operation(_list_contractor_jobs.request, "list")
    get = _rt.operation(_get_contractor_job.request, "get")
    iterate = _rt.pages(_list_contractor_jobs.request, "iterate", "page", "page_size")


class AsyncContractorJobs(_rt.AsyncResource):
    """The operations tagged contractor_jobs, awaited: `await client.aio.contractor_jobs.<method>(...)`."""

    list = _rt.async_operation(_list_contractor_jobs.request, "list")
    get = _rt.async_operation(_get_contractor_job.request, "get")
    iterate = _rt.async_pages(_list_contractor_jobs.request, "iterate", "page", "page_size")


__all__ = ["AsyncContractorJobs", "ContractorJobs"]
