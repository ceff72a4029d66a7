"""The operations tagged asset_types: `client.asset_types` (AssetTypes) and
`client.aio.asset_types` (AsyncAssetTypes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_asset_type as _create_asset_type
from . import delete_asset_type as _delete_asset_type
from . import get_asset_type as _get_asset_type
from . import list_asset_types as _list_asset_types
from . import update_asset_type as _update_asset_type


class AssetTypes(_rt.Resource):
    """The operations tagged asset_types, as `client.asset_types.<method>(...)`."""

    list = _rt.operation(_list_asset_types.request, "list")
    create = _rt.operation(_create_asset_type.request, "create")
    get = _rt.operation(_get_asset_type.request, "get")
    delete = _rt.operation(_delete_asset_type.request, "delete")
    update = _rt.operation(_update_asset_type.request, "update")
    iterate = _rt.pages(_list_asset_types.request, "iterate", "page", "page_size")


class AsyncAssetTypes(_rt.AsyncResource):
    """The operations tagged asset_types, awaited: `await client.aio.asset_types.<method>(...)`."""

    list = _rt.async_operation(_list_asset_types.request, "list")
    create = _rt.async_operation(_create_asset_type.request, "create")
    get = _rt.async_operation(_get_asset_type.request, "get")
    delete = _rt.async_operation(_delete_asset_type.request, "delete")
    update = _rt.async_operation(_update_asset_type.request, "update")
    iterate = _rt.async_pages(_list_asset_types.request, "iterate", "page", "page_size")


__all__ = ["AsyncAssetTypes", "AssetTypes"]
