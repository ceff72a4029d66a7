"""The operations tagged recurring_job_timelines: `client.recurring_job_timelines` (RecurringJobTimelines) and
`client.aio.recurring_job_timelines` (AsyncRecurringJobTimelines). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import list_recurring_job_timelines as _list_recurring_job_timelines


class RecurringJobTimelines(_rt.Resource):
    """The operations tagged recurring_job_timelines, as `client.recurring_job_timelines.<method>(...)`."""

    list = _rt.operation(_list_recurring_job_timelines.request, "list")


class AsyncRecurringJobTimelines(_rt.AsyncResource):
    """The operations tagged recurring_job_timelines, awaited: `await client.aio.recurring_job_timelines.<method>(...)`."""

    list = _rt.async_operation(_list_recurring_job_timelines.request, "list")


__all__ = ["AsyncRecurringJobTimelines", "RecurringJobTimelines"]
