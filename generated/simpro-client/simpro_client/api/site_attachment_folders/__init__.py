"""The operations tagged site_attachment_folders: `client.site_attachment_folders` (SiteAttachmentFolders) and
`client.aio.site_attachment_folders` (AsyncSiteAttachmentFolders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_site_attachment_folder as _create_site_attachment_folder
from . import delete_site_attachment_folder as _delete_site_attachment_folder
from . import get_site_attachment_folder as _get_site_attachment_folder
from . import list_site_attachment_folders as _list_site_attachment_folders
from . import update_site_attachment_folder as _update_site_attachment_folder


class SiteAttachmentFolders(_rt.Resource):
    """The operations tagged site_attachment_folders, as `client.site_attachment_folders.<method>(...)`."""

    list = _rt.operation(_list_site_attachment_folders.request, "list")
    create = _rt.operation(_create_site_attachment_folder.request, "create")
    get = _rt.operation(_get_site_attachment_folder.request, "get")
    delete = _rt.operation(_delete_site_attachment_folder.request, "delete")
    update = _rt.operation(_update_site_attachment_folder.request, "update")
    iterate = _rt.pages(_list_site_attachment_folders.request, "iterate", "page", "page_size")


class AsyncSiteAttachmentFolders(_rt.AsyncResource):
    """The operations tagged site_attachment_folders, awaited: `await client.aio.site_attachment_folders.<method>(...)`."""

    list = _rt.async_operation(_list_site_attachment_folders.request, "list")
    create = _rt.async_operation(_create_site_attachment_folder.request, "create")
    get = _rt.async_operation(_get_site_attachment_folder.request, "get")
    delete = _rt.async_operation(_delete_site_attachment_folder.request, "delete")
    update = _rt.async_operation(_update_site_attachment_folder.request, "update")
    iterate = _rt.async_pages(_list_site_attachment_folders.request, "iterate", "page", "page_size")


__all__ = ["AsyncSiteAttachmentFolders", "SiteAttachmentFolders"]
