"""The operations tagged asset_type_attachment_folders: `client.asset_type_attachment_folders` (AssetTypeAttachmentFolders) and
`client.aio.asset_type_attachment_folders` (AsyncAssetTypeAttachmentFolders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_asset_type_attachment_folder as _create_asset_type_attachment_folder
from . import delete_asset_type_attachment_folder as _delete_asset_type_attachment_folder
from . import get_asset_type_attachment_folder as _get_asset_type_attachment_folder
from . import list_asset_type_attachment_folders as _list_asset_type_attachment_folders
from . import update_asset_type_attachment_folder as _update_asset_type_attachment_folder


class AssetTypeAttachmentFolders(_rt.Resource):
    """The operations tagged asset_type_attachment_folders, as `client.asset_type_attachment_folders.<method>(...)`."""

    list = _rt.operation(_list_asset_type_attachment_folders.request, "list")
    create = _rt.operation(_create_asset_type_attachment_folder.request, "create")
    get = _rt.operation(_get_asset_type_attachment_folder.request, "get")
    delete = _rt.operation(_delete_asset_type_attachment_folder.request, "delete")
    update = _rt.operation(_update_asset_type_attachment_folder.request, "update")
    iterate = _rt.pages(_list_asset_type_attachment_folders.request, "iterate", "page", "page_size")


class AsyncAssetTypeAttachmentFolders(_rt.AsyncResource):
    """The operations tagged asset_type_attachment_folders, awaited: `await client.aio.asset_type_attachment_folders.<method>(...)`."""

    list = _rt.async_operation(_list_asset_type_attachment_folders.request, "list")
    create = _rt.async_operation(_create_asset_type_attachment_folder.request, "create")
    get = _rt.async_operation(_get_asset_type_attachment_folder.request, "get")
    delete = _rt.async_operation(_delete_asset_type_attachment_folder.request, "delete")
    update = _rt.async_operation(_update_asset_type_attachment_folder.request, "update")
    iterate = _rt.async_pages(_list_asset_type_attachment_folders.request, "iterate", "page", "page_size")


__all__ = ["AsyncAssetTypeAttachmentFolders", "AssetTypeAttachmentFolders"]
