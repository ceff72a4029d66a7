"""The operations tagged asset_type_attachments: `client.asset_type_attachments` (AssetTypeAttachments) and
`client.aio.asset_type_attachments` (AsyncAssetTypeAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_asset_type_attachment as _create_asset_type_attachment
from . import delete_asset_type_attachment as _delete_asset_type_attachment
from . import get_asset_type_attachment as _get_asset_type_attachment
from . import list_asset_type_attachments as _list_asset_type_attachments
from . import update_asset_type_attachment as _update_asset_type_attachment


class AssetTypeAttachments(_rt.Resource):
    """The operations tagged asset_type_attachments, as `client.asset_type_attachments.<method>(...)`."""

    list = _rt.operation(_list_asset_type_attachments.request, "list")
    create = _rt.operation(_create_asset_type_attachment.request, "create")
    get = _rt.operation(_get_asset_type_attachment.request, "get")
    delete = _rt.operation(_delete_asset_type_attachment.request, "delete")
    update = _rt.operation(_update_asset_type_attachment.request, "update")
    iterate = _rt.pages(_list_asset_type_attachments.request, "iterate", "page", "page_size")


class AsyncAssetTypeAttachments(_rt.AsyncResource):
    """The operations tagged asset_type_attachments, awaited: `await client.aio.asset_type_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_asset_type_attachments.request, "list")
    create = _rt.async_operation(_create_asset_type_attachment.request, "create")
    get = _rt.async_operation(_get_asset_type_attachment.request, "get")
    delete = _rt.async_operation(_delete_asset_type_attachment.request, "delete")
    update = _rt.async_operation(_update_asset_type_attachment.request, "update")
    iterate = _rt.async_pages(_list_asset_type_attachments.request, "iterate", "page", "page_size")


__all__ = ["AsyncAssetTypeAttachments", "AssetTypeAttachments"]
