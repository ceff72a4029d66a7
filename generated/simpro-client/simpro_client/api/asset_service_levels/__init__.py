"""The operations tagged asset_service_levels: `client.asset_service_levels` (AssetServiceLevels) and
`client.aio.asset_service_levels` (AsyncAssetServiceLevels). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_asset_service_level as _create_asset_service_level
from . import delete_asset_service_level as _delete_asset_service_level
from . import get_asset_service_level as _get_asset_service_level
from . import list_asset_service_levels as _list_asset_service_levels
from . import update_asset_service_level as _update_asset_service_level


class AssetServiceLevels(_rt.Resource):
    """The operations tagged asset_service_levels, as `client.asset_service_levels.<method>(...)`."""

    list = _rt.operation(_list_asset_service_levels.request, "list")
    create = _rt.operation(_create_asset_service_level.request, "create")
    get = _rt.operation(_get_asset_service_level.request, "get")
    delete = _rt.operation(_delete_asset_service_level.request, "delete")
    update = _rt.operation(_update_asset_service_level.request, "update")


class AsyncAssetServiceLevels(_rt.AsyncResource):
    """The operations tagged asset_service_levels, awaited: `await client.aio.asset_service_levels.<method>(...)`."""

    list = _rt.async_operation(_list_asset_service_levels.request, "list")
    create = _rt.async_operation(_create_asset_service_level.request, "create")
    get = _rt.async_operation(_get_asset_service_level.request, "get")
    delete = _rt.async_operation(_delete_asset_service_level.request, "delete")
    update = _rt.async_operation(_update_asset_service_level.request, "update")


__all__ = ["AsyncAssetServiceLevels", "AssetServiceLevels"]
