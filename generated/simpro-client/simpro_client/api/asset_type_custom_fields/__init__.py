"""The operations tagged asset_type_custom_fields: `client.asset_type_custom_fields` (AssetTypeCustomFields) and
`client.aio.asset_type_custom_fields` (AsyncAssetTypeCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_asset_type_custom_field as _create_asset_type_custom_field
from . import delete_asset_type_custom_field as _delete_asset_type_custom_field
from . import get_asset_type_custom_field as _get_asset_type_custom_field
from . import list_asset_type_custom_fields as _list_asset_type_custom_fields
from . import update_asset_type_custom_field as _update_asset_type_custom_field


class AssetTypeCustomFields(_rt.Resource):
    """The operations tagged asset_type_custom_fields, as `client.asset_type_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_asset_type_custom_fields.request, "list")
    create = _rt.operation(_create_asset_type_custom_field.request, "create")
    get = _rt.operation(_get_asset_type_custom_field.request, "get")
    delete = _rt.operation(_delete_asset_type_custom_field.request, "delete")
    update = _rt.operation(_update_asset_type_custom_field.request, "update")
    iterate = _rt.pages(_list_asset_type_custom_fields.request, "iterate", "page", "page_size")


class AsyncAssetTypeCustomFields(_rt.AsyncResource):
    """The operations tagged asset_type_custom_fields, awaited: `await client.aio.asset_type_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_asset_type_custom_fields.request, "list")
    create = _rt.async_operation(_create_asset_type_custom_field.request, "create")
    get = _rt.async_operation(_get_asset_type_custom_field.request, "get")
    delete = _rt.async_operation(_delete_asset_type_custom_field.request, "delete")
    update = _rt.async_operation(_update_asset_type_custom_field.request, "update")
    iterate = _rt.async_pages(_list_asset_type_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncAssetTypeCustomFields", "AssetTypeCustomFields"]
