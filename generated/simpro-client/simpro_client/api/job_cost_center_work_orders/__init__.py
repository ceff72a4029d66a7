"""The operations tagged job_cost_center_work_orders: `client.job_cost_center_work_orders` (JobCostCenterWorkOrders) and
`client.aio.job_cost_center_work_orders` (AsyncJobCostCenterWorkOrders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_job_cost_center_work_order as _create_job_cost_center_work_order
from . import get_job_cost_center_work_order as _get_job_cost_center_work_order
from . import list_job_cost_center_work_orders as _list_job_cost_center_work_orders
from . import update_job_cost_center_work_order as _update_job_cost_center_work_order


class JobCostCenterWorkOrders(_rt.Resource):
    """The operations tagged job_cost_center_work_orders, as `client.job_cost_center_work_orders.<method>(...)`."""

    list = _rt.operation(_list_job_cost_center_work_orders.request, "list")
    create = _rt.operation(_create_job_cost_center_work_order.request, "create")
    get = _rt.operation(_get_job_cost_center_work_order.request, "get")
    update = _rt.operation(_update_job_cost_center_work_order.request, "update")
    iterate = _rt.pages(_list_job_cost_center_work_orders.request, "iterate", "page", "page_size")


class AsyncJobCostCenterWorkOrders(_rt.AsyncResource):
    """The operations tagged job_cost_center_work_orders, awaited: `await client.aio.job_cost_center_work_orders.<method>(...)`."""

    list = _rt.async_operation(_list_job_cost_center_work_orders.request, "list")
    create = _rt.async_operation(_create_job_cost_center_work_order.request, "create")
    get = _rt.async_operation(_get_job_cost_center_work_order.request, "get")
    update = _rt.async_operation(_update_job_cost_center_work_order.request, "update")
    iterate = _rt.async_pages(_list_job_cost_center_work_orders.request, "iterate", "page", "page_size")


__all__ = ["AsyncJobCostCenterWorkOrders", "JobCostCenterWorkOrders"]
