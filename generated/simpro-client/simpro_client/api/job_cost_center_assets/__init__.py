"""The operations tagged job_cost_center_assets: `client.job_cost_center_assets` (JobCostCenterAssets) and
`client.aio.job_cost_center_assets` (AsyncJobCostCenterAssets). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_job_cost_center_asset as _create_job_cost_center_asset
from . import delete_job_cost_center_asset as _delete_job_cost_center_asset
from . import get_job_cost_center_asset as _get_job_cost_center_asset
from . import list_job_cost_center_assets as _list_job_cost_center_assets
from . import replace_job_cost_center_assets as _replace_job_cost_center_assets


class JobCostCenterAssets(_rt.Resource):
    """The operations tagged job_cost_center_assets, as `client.job_cost_center_assets.<method>(...)`."""

    list = _rt.operation(_list_job_cost_center_assets.request, "list")
    replace = _rt.operation(_replace_job_cost_center_assets.request, "replace")
    create = _rt.operation(_create_job_cost_center_asset.request, "create")
    get = _rt.operation(_get_job_cost_center_asset.request, "get")
    delete = _rt.operation(_delete_job_cost_center_asset.request, "delete")
    iterate = _rt.pages(_list_job_cost_center_assets.request, "iterate", "page", "page_size")


class AsyncJobCostCenterAssets(_rt.AsyncResource):
    """The operations tagged job_cost_center_assets, awaited: `await client.aio.job_cost_center_assets.<method>(...)`."""

    list = _rt.async_operation(_list_job_cost_center_assets.request, "list")
    replace = _rt.async_operation(_replace_job_cost_center_assets.request, "replace")
    create = _rt.async_operation(_create_job_cost_center_asset.request, "create")
    get = _rt.async_operation(_get_job_cost_center_asset.request, "get")
    delete = _rt.async_operation(_delete_job_cost_center_asset.request, "delete")
    iterate = _rt.async_pages(_list_job_cost_center_assets.request, "iterate", "page", "page_size")


__all__ = ["AsyncJobCostCenterAssets", "JobCostCenterAssets"]
