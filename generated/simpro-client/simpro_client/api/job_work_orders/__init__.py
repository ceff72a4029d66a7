"""The operations tagged job_work_orders: `client.job_work_orders` (JobWorkOrders) and
`client.aio.job_work_orders` (AsyncJobWorkOrders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_job_work_order as _get_job_work_order
from . import list_job_work_orders as _list_job_work_orders


class JobWorkOrders(_rt.Resource):
    """The operations tagged job_work_orders, as `client.job_work_orders.<method>(...)`."""

    list = _rt.operation(_list_job_work_orders.request, "list")
    get = _rt.operation(_get_job_work_order.request, "get")
    iterate = _rt.pages(_list_job_work_orders.request, "iterate", "page", "page_size")


class AsyncJobWorkOrders(_rt.AsyncResource):
    """The operations tagged job_work_orders, awaited: `await client.aio.job_work_orders.<method>(...)`."""

    list = _rt.async_operation(_list_job_work_orders.request, "list")
    get = _rt.async_operation(_get_job_work_order.request, "get")
    iterate = _rt.async_pages(_list_job_work_orders.request, "iterate", "page", "page_size")


__all__ = ["AsyncJobWorkOrders", "JobWorkOrders"]
