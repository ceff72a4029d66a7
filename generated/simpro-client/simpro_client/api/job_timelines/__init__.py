"""The operations tagged job_timelines: `client.job_timelines` (JobTimelines) and
`client.aio.job_timelines` (AsyncJobTimelines). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import list_job_timelines as _list_job_timelines


class JobTimelines(_rt.Resource):
    """The operations tagged job_timelines, as `client.job_timelines.<method>(...)`."""

    list = _rt.operation(_list_job_timelines.request, "list")


class AsyncJobTimelines(_rt.AsyncResource):
    """The operations tagged job_timelines, awaited: `await client.aio.job_timelines.<method>(...)`."""

    list = _rt.async_operation(_list_job_timelines.request, "list")


__all__ = ["AsyncJobTimelines", "JobTimelines"]
