"""The operations tagged quote_cost_center_assets: `client.quote_cost_center_assets` (QuoteCostCenterAssets) and
`client.aio.quote_cost_center_assets` (AsyncQuoteCostCenterAssets). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_quote_cost_center_asset as _create_quote_cost_center_asset
from . import delete_quote_cost_center_asset as _delete_quote_cost_center_asset
from . import get_quote_cost_center_asset as _get_quote_cost_center_asset
from . import list_quote_cost_center_assets as _list_quote_cost_center_assets
from . import replace_quote_cost_center_assets as _replace_quote_cost_center_assets


class QuoteCostCenterAssets(_rt.Resource):
    """The operations tagged quote_cost_center_assets, as `client.quote_cost_center_assets.<method>(...)`."""

    list = _rt.operation(_list_quote_cost_center_assets.request, "list")
    replace = _rt.operation(_replace_quote_cost_center_assets.request, "replace")
    create = _rt.operation(_create_quote_cost_center_asset.request, "create")
    get = _rt.operation(_get_quote_cost_center_asset.request, "get")
    delete = _rt.operation(_delete_quote_cost_center_asset.request, "delete")
    iterate = _rt.pages(_list_quote_cost_center_assets.request, "iterate", "page", "page_size")


class AsyncQuoteCostCenterAssets(_rt.AsyncResource):
    """The operations tagged quote_cost_center_assets, awaited: `await client.aio.quote_cost_center_assets.<method>(...)`."""

    list = _rt.async_operation(_list_quote_cost_center_assets.request, "list")
    replace = _rt.async_operation(_replace_quote_cost_center_assets.request, "replace")
    create = _rt.async_operation(_create_quote_cost_center_asset.request, "create")
    get = _rt.async_operation(_get_quote_cost_center_asset.request, "get")
    delete = _rt.async_operation(_delete_quote_cost_center_asset.request, "delete")
    iterate = _rt.async_pages(_list_quote_cost_center_assets.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteCostCenterAssets", "QuoteCostCenterAssets"]
