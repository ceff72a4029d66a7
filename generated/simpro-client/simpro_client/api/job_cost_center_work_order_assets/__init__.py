"""The operations tagged job_cost_center_work_order_assets: `client.job_cost_center_work_order_assets` (JobCostCenterWorkOrderAssets) and
`client.aio.job_cost_center_work_order_assets` (AsyncJobCostCenterWorkOrderAssets). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_job_cost_center_work_order_asset as _get_job_cost_center_work_order_asset
from . import list_job_cost_center_work_order_assets as _list_job_cost_center_work_order_assets
from . import update_job_cost_center_work_order_asset as _update_job_cost_center_work_order_asset


class JobCostCenterWorkOrderAssets(_rt.Resource):
    """The operations tagged job_cost_center_work_order_assets, as `client.job_cost_center_work_order_assets.<method>(...)`."""

    list = _rt.operation(_list_job_cost_center_work_order_assets.request, "list")
    get = _rt.operation(_get_job_cost_center_work_order_asset.request, "get")
    update = _rt.operation(_update_job_cost_center_work_order_asset.request, "update")
    iterate = _rt.pages(_list_job_cost_center_work_order_assets.request, "iterate", "page", "page_size")


class AsyncJobCostCenterWorkOrderAssets(_rt.AsyncResource):
    """The operations tagged job_cost_center_work_order_assets, awaited: `await client.aio.job_cost_center_work_order_assets.<method>(...)`."""

    list = _rt.async_operation(_list_job_cost_center_work_order_assets.request, "list")
    get = _rt.async_operation(_get_job_cost_center_work_order_asset.request, "get")
    update = _rt.async_operation(_update_job_cost_center_work_order_asset.request, "update")
    iterate = _rt.async_pages(_list_job_cost_center_work_order_assets.request, "iterate", "page", "page_size")


__all__ = ["AsyncJobCostCenterWorkOrderAssets", "JobCostCenterWorkOrderAssets"]
