"""The operations tagged asset_type_service_levels: `client.asset_type_service_levels` (AssetTypeServiceLevels) and
`client.aio.asset_type_service_levels` (AsyncAssetTypeServiceLevels). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_asset_type_service_level as _create_asset_type_service_level
from . import delete_asset_type_service_level as _delete_asset_type_service_level
from . import get_asset_type_service_level as _get_asset_type_service_level
from . import list_asset_type_service_levels as _list_asset_type_service_levels
from . import update_asset_type_service_level as _update_asset_type_service_level


class AssetTypeServiceLevels(_rt.Resource):
    """The operations tagged asset_type_service_levels, as `client.asset_type_service_levels.<method>(...)`."""

    list = _rt.operation(_list_asset_type_service_levels.request, "list")
    create = _rt.operation(_create_asset_type_service_level.request, "create")
    get = _rt.operation(_get_asset_type_service_level.request, "get")
    delete = _rt.operation(_delete_asset_type_service_level.request, "delete")
    update = _rt.operation(_update_asset_type_service_level.request, "update")
    iterate = _rt.pages(_list_asset_type_service_levels.request, "iterate", "page", "page_size")


class AsyncAssetTypeServiceLevels(_rt.AsyncResource):
    """The operations tagged asset_type_service_levels, awaited: `await client.aio.asset_type_service_levels.<method>(...)`."""

    list = _rt.async_operation(_list_asset_type_service_levels.request, "list")
    create = _rt.async_operation(_create_asset_type_service_level.request, "create")
    get = _rt.async_operation(_get_asset_type_service_level.request, "get")
    delete = _rt.async_operation(_delete_asset_type_service_level.request, "delete")
    update = _rt.async_operation(_update_asset_type_service_level.request, "update")
    iterate = _rt.async_pages(_list_asset_type_service_levels.request, "iterate", "page", "page_size")


__all__ = ["AsyncAssetTypeServiceLevels", "AssetTypeServiceLevels"]
