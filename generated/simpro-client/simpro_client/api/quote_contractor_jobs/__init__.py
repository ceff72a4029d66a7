"""The operations tagged quote_contractor_jobs: `client.quote_contractor_jobs` (QuoteContractorJobs) and
`client.aio.quote_contractor_jobs` (AsyncQuoteContractorJobs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_quote_contractor_job as _create_quote_contractor_job
from . import delete_quote_contractor_job as _delete_quote_contractor_job
from . import get_quote_contractor_job as _get_quote_contractor_job
from . import list_quote_contractor_jobs as _list_quote_contractor_jobs
from . import update_quote_contractor_job as _update_quote_contractor_job


class QuoteContractorJobs(_rt.Resource):
    """The operations tagged quote_contractor_jobs, as `client.quote_contractor_jobs.<method>(...)`."""

    list = _rt.operation(_list_quote_contractor_jobs.request, "list")
    create = _rt.operation(_create_quote_contractor_job.request, "create")
    get = _rt.operation(_get_quote_contractor_job.request, "get")
    delete = _rt.operation(_delete_quote_contractor_job.request, "delete")
    update = _rt.operation(_update_quote_contractor_job.request, "update")
    iterate = _rt.pages(_list_quote_contractor_jobs.request, "iterate", "page", "page_size")


class AsyncQuoteContractorJobs(_rt.AsyncResource):
    """The operations tagged quote_contractor_jobs, awaited: `await client.aio.quote_contractor_jobs.<method>(...)`."""

    list = _rt.async_operation(_list_quote_contractor_jobs.request, "list")
    create = _rt.async_operation(_create_quote_contractor_job.request, "create")
    get = _rt.async_operation(_get_quote_contractor_job.request, "get")
    delete = _rt.async_operation(_delete_quote_contractor_job.request, "delete")
    update = _rt.async_operation(_update_quote_contractor_job.request, "update")
    iterate = _rt.async_pages(_list_quote_contractor_jobs.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteContractorJobs", "QuoteContractorJobs"]
