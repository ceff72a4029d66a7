"""The operations tagged recurring_job_cost_center_assets: `client.recurring_job_cost_center_assets` (RecurringJobCostCenterAssets) and
`client.aio.recurring_job_cost_center_assets` (AsyncRecurringJobCostCenterAssets). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_recurring_job_cost_center_asset as _create_recurring_job_cost_center_asset
from . import delete_recurring_job_cost_center_asset as _delete_recurring_job_cost_center_asset
from . import get_recurring_job_cost_center_asset as _get_recurring_job_cost_center_asset
from . import list_recurring_job_cost_center_assets as _list_recurring_job_cost_center_assets
from . import replace_recurring_job_cost_center_assets as _replace_recurring_job_cost_center_assets


class RecurringJobCostCenterAssets(_rt.Resource):
    """The operations tagged recurring_job_cost_center_assets, as `client.recurring_job_cost_center_assets.<method>(...)`."""

    list = _rt.operation(_list_recurring_job_cost_center_assets.request, "list")
    replace = _rt.operation(_replace_recurring_job_cost_center_assets.request, "replace")
    create = _rt.operation(_create_recurring_job_cost_center_asset.request, "create")
    get = _rt.operation(_get_recurring_job_cost_center_asset.request, "get")
    delete = _rt.operation(_delete_recurring_job_cost_center_asset.request, "delete")
    iterate = _rt.pages(_list_recurring_job_cost_center_assets.request, "iterate", "page", "page_size")


class AsyncRecurringJobCostCenterAssets(_rt.AsyncResource):
    """The operations tagged recurring_job_cost_center_assets, awaited: `await client.aio.recurring_job_cost_center_assets.<method>(...)`."""

    list = _rt.async_operation(_list_recurring_job_cost_center_assets.request, "list")
    replace = _rt.async_operation(_replace_recurring_job_cost_center_assets.request, "replace")
    create = _rt.async_operation(_create_recurring_job_cost_center_asset.request, "create")
    get = _rt.async_operation(_get_recurring_job_cost_center_asset.request, "get")
    delete = _rt.async_operation(_delete_recurring_job_cost_center_asset.request, "delete")
    iterate = _rt.async_pages(_list_recurring_job_cost_center_assets.request, "iterate", "page", "page_size")


__all__ = ["AsyncRecurringJobCostCenterAssets", "RecurringJobCostCenterAssets"]
