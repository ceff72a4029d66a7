"""The operations tagged job_logs: `client.job_logs` (JobLogs) and
`client.aio.job_logs` (AsyncJobLogs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_job_log as _get_job_log
from . import list_job_logs as _list_job_logs


class JobLogs(_rt.Resource):
    """The operations tagged job_logs, as `client.job_logs.<method>(...)`."""

    list = _rt.operation(_list_job_logs.request, "list")
    get = _rt.operation(_get_job_log.request, "get")
    iterate = _rt.pages(_list_job_logs.request, "iterate", "page", "page_size")


class AsyncJobLogs(_rt.AsyncResource):
    """The operations tagged job_logs, awaited: `await client.aio.job_logs.<method>(...)`."""

    list = _rt.async_operation(_list_job_logs.request, "list")
    get = _rt.async_operation(_get_job_log.request, "get")
    iterate = _rt.async_pages(_list_job_logs.request, "iterate", "page", "page_size")


__all__ = ["AsyncJobLogs", "JobLogs"]
