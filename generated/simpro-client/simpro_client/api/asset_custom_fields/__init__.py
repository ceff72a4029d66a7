"""The operations tagged asset_custom_fields: `client.asset_custom_fields` (AssetCustomFields) and
`client.aio.asset_custom_fields` (AsyncAssetCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_asset_custom_field as _get_asset_custom_field
from . import list_asset_custom_fields as _list_asset_custom_fields
from . import update_asset_custom_field as _update_asset_custom_field


class AssetCustomFields(_rt.Resource):
    """The operations tagged asset_custom_fields, as `client.asset_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_asset_custom_fields.request, "list")
    get = _rt.operation(_get_asset_custom_field.request, "get")
    update = _rt.operation(_update_asset_custom_field.request, "update")
    iterate = _rt.pages(_list_asset_custom_fields.request, "iterate", "page", "page_size")


class AsyncAssetCustomFields(_rt.AsyncResource):
    """The operations tagged asset_custom_fields, awaited: `await client.aio.asset_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_asset_custom_fields.request, "list")
    get = _rt.async_operation(_get_asset_custom_field.request, "get")
    update = _rt.async_operation(_update_asset_custom_field.request, "update")
    iterate = _rt.async_pages(_list_asset_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncAssetCustomFields", "AssetCustomFields"]
