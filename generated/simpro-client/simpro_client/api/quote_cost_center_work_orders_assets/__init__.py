"""The operations tagged quote_cost_center_work_orders_assets: `client.quote_cost_center_work_orders_assets` (QuoteCostCenterWorkOrdersAssets) and
`client.aio.quote_cost_center_work_orders_assets` (AsyncQuoteCostCenterWorkOrdersAssets). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_quote_cost_center_work_orders_asset as _get_quote_cost_center_work_orders_asset
from . import list_quote_cost_center_work_orders_assets as _list_quote_cost_center_work_orders_assets
from . import update_quote_cost_center_work_orders_asset as _update_quote_cost_center_work_orders_asset


class QuoteCostCenterWorkOrdersAssets(_rt.Resource):
    """The operations tagged quote_cost_center_work_orders_assets, as `client.quote_cost_center_work_orders_assets.<method>(...)`."""

    list = _rt.operation(_list_quote_cost_center_work_orders_assets.request, "list")
    get = _rt.operation(_get_quote_cost_center_work_orders_asset.request, "get")
    update = _rt.operation(_update_quote_cost_center_work_orders_asset.request, "update")
    iterate = _rt.pages(_list_quote_cost_center_work_orders_assets.request, "iterate", "page", "page_size")


class AsyncQuoteCostCenterWorkOrdersAssets(_rt.AsyncResource):
    """The operations tagged quote_cost_center_work_orders_assets, awaited: `await client.aio.quote_cost_center_work_orders_assets.<method>(...)`."""

    list = _rt.async_operation(_list_quote_cost_center_work_orders_assets.request, "list")
    get = _rt.async_operation(_get_quote_cost_center_work_orders_asset.request, "get")
    update = _rt.async_operation(_update_quote_cost_center_work_orders_asset.request, "update")
    iterate = _rt.async_pages(_list_quote_cost_center_work_orders_assets.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteCostCenterWorkOrdersAssets", "QuoteCostCenterWorkOrdersAssets"]
