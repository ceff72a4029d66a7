"""The operations tagged job_cost_center_stock_items: `client.job_cost_center_stock_items` (JobCostCenterStockItems) and
`client.aio.job_cost_center_stock_items` (AsyncJobCostCenterStockItems). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_job_cost_center_stock_item as _create_job_cost_center_stock_item
from . import get_job_cost_center_stock_item as _get_job_cost_center_stock_item
from . import list_job_cost_center_stock_items as _list_job_cost_center_stock_items
from . import update_job_cost_center_stock_item as _update_job_cost_center_stock_item


class JobCostCenterStockItems(_rt.Resource):
    """The operations tagged job_cost_center_stock_items, as `client.job_cost_center_stock_items.<method>(...)`."""

    list = _rt.operation(_list_job_cost_center_stock_items.request, "list")
    create = _rt.operation(_create_job_cost_center_stock_item.request, "create")
    get = _rt.operation(_get_job_cost_center_stock_item.request, "get")
    update = _rt.operation(_update_job_cost_center_stock_item.request, "update")


class AsyncJobCostCenterStockItems(_rt.AsyncResource):
    """The operations tagged job_cost_center_stock_items, awaited: `await client.aio.job_cost_center_stock_items.<method>(...)`."""

    list = _rt.async_operation(_list_job_cost_center_stock_items.request, "list")
    create = _rt.async_operation(_create_job_cost_center_stock_item.request, "create")
    get = _rt.async_operation(_get_job_cost_center_stock_item.request, "get")
    update = _rt.async_operation(_update_job_cost_center_stock_item.request, "update")


__all__ = ["AsyncJobCostCenterStockItems", "JobCostCenterStockItems"]
