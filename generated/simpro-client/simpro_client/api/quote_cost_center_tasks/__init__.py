"""The operations tagged quote_cost_center_tasks: `client.quote_cost_center_tasks` (QuoteCostCenterTasks) and
`client.aio.quote_cost_center_tasks` (AsyncQuoteCostCenterTasks). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_quote_cost_center_task as _get_quote_cost_center_task
from . import list_quote_cost_center_tasks as _list_quote_cost_center_tasks


class QuoteCostCenterTasks(_rt.Resource):
    """The operations tagged quote_cost_center_tasks, as `client.quote_cost_center_tasks.<method>(...)`."""

    list = _rt.operation(_list_quote_cost_center_tasks.request, "list")
    get = _rt.operation(_get_quote_cost_center_task.request, "get")
    iterate = _rt.pages(_list_quote_cost_center_tasks.request, "iterate", "page", "page_size")


class AsyncQuoteCostCenterTasks(_rt.AsyncResource):
    """The operations tagged quote_cost_center_tasks, awaited: `await client.aio.quote_cost_center_tasks.<method>(...)`."""

    list = _rt.async_operation(_list_quote_cost_center_tasks.request, "list")
    get = _rt.async_operation(_get_quote_cost_center_task.request, "get")
    iterate = _rt.async_pages(_list_quote_cost_center_tasks.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteCostCenterTasks", "QuoteCostCenterTasks"]
