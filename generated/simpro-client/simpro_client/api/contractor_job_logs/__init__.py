"""The operations tagged contractor_job_logs: `client.contractor_job_logs` (ContractorJobLogs) and
`client.aio.contractor_job_logs` (AsyncContractorJobLogs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_contractor_job_log as _get_contractor_job_log
from . import list_contractor_job_logs as _list_contractor_job_logs


class ContractorJobLogs(_rt.Resource):
    """The operations tagged contractor_job_logs, as `client.contractor_job_logs.<method>(...)`."""

    list = _rt.operation(_list_contractor_job_logs.request, "list")
    get = _rt.operation(_get_contractor_job_log.request, "get")
    iterate = _rt.pages(_list_contractor_job_logs.request, "iterate", "page", "page_size")


class AsyncContractorJobLogs(_rt.AsyncResource):
    """The operations tagged contractor_job_logs, awaited: `await client.aio.contractor_job_logs.<method>(...)`."""

    list = _rt.async_operation(_list_contractor_job_logs.request, "list")
    get = _rt.async_operation(_get_contractor_job_log.request, "get")
    iterate = _rt.async_pages(_list_contractor_job_logs.request, "iterate", "page", "page_size")


__all__ = ["AsyncContractorJobLogs", "ContractorJobLogs"]
