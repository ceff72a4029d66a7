"""The operations tagged catalog_attachment_folders: `client.catalog_attachment_folders` (CatalogAttachmentFolders) and
`client.aio.catalog_attachment_folders` (AsyncCatalogAttachmentFolders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_catalog_attachment_folder as _create_catalog_attachment_folder
from . import delete_catalog_attachment_folder as _delete_catalog_attachment_folder
from . import get_catalog_attachment_folder as _get_catalog_attachment_folder
from . import list_catalog_attachment_folders as _list_catalog_attachment_folders
from . import update_catalog_attachment_folder as _update_catalog_attachment_folder


class CatalogAttachmentFolders(_rt.Resource):
    """The operations tagged catalog_attachment_folders, as `client.catalog_attachment_folders.<method>(...)`."""

    list = _rt.operation(_list_catalog_attachment_folders.request, "list")
    create = _rt.operation(_create_catalog_attachment_folder.request, "create")
    get = _rt.operation(_get_catalog_attachment_folder.request, "get")
    delete = _rt.operation(_delete_catalog_attachment_folder.request, "delete")
    update = _rt.operation(_update_catalog_attachment_folder.request, "update")
    iterate = _rt.pages(_list_catalog_attachment_folders.request, "iterate", "page", "page_size")


class AsyncCatalogAttachmentFolders(_rt.AsyncResource):
    """The operations tagged catalog_attachment_folders, awaited: `await client.aio.catalog_attachment_folders.<method>(...)`."""

    list = _rt.async_operation(_list_catalog_attachment_folders.request, "list")
    create = _rt.async_operation(_create_catalog_attachment_folder.request, "create")
    get = _rt.async_operation(_get_catalog_attachment_folder.request, "get")
    delete = _rt.async_operation(_delete_catalog_attachment_folder.request, "delete")
    update = _rt.async_operation(_update_catalog_attachment_folder.request, "update")
    iterate = _rt.async_pages(_list_catalog_attachment_folders.request, "iterate", "page", "page_size")


__all__ = ["AsyncCatalogAttachmentFolders", "CatalogAttachmentFolders"]
