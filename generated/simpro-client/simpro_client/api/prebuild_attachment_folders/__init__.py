"""The operations tagged prebuild_attachment_folders: `client.prebuild_attachment_folders` (PrebuildAttachmentFolders) and
`client.aio.prebuild_attachment_folders` (AsyncPrebuildAttachmentFolders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_prebuild_attachment_folder as _create_prebuild_attachment_folder
from . import delete_prebuild_attachment_folder as _delete_prebuild_attachment_folder
from . import get_prebuild_attachment_folder as _get_prebuild_attachment_folder
from . import list_prebuild_attachment_folders as _list_prebuild_attachment_folders
from . import update_prebuild_attachment_folder as _update_prebuild_attachment_folder


class PrebuildAttachmentFolders(_rt.Resource):
    """The operations tagged prebuild_attachment_folders, as `client.prebuild_attachment_folders.<method>(...)`."""

    list = _rt.operation(_list_prebuild_attachment_folders.request, "list")
    create = _rt.operation(_create_prebuild_attachment_folder.request, "create")
    get = _rt.operation(_get_prebuild_attachment_folder.request, "get")
    delete = _rt.operation(_delete_prebuild_attachment_folder.request, "delete")
    update = _rt.operation(_update_prebuild_attachment_folder.request, "update")
    iterate = _rt.pages(_list_prebuild_attachment_folders.request, "iterate", "page", "page_size")


class AsyncPrebuildAttachmentFolders(_rt.AsyncResource):
    """The operations tagged prebuild_attachment_folders, awaited: `await client.aio.prebuild_attachment_folders.<method>(...)`."""

    list = _rt.async_operation(_list_prebuild_attachment_folders.request, "list")
    create = _rt.async_operation(_create_prebuild_attachment_folder.request, "create")
    get = _rt.async_operation(_get_prebuild_attachment_folder.request, "get")
    delete = _rt.async_operation(_delete_prebuild_attachment_folder.request, "delete")
    update = _rt.async_operation(_update_prebuild_attachment_folder.request, "update")
    iterate = _rt.async_pages(_list_prebuild_attachment_folders.request, "iterate", "page", "page_size")


__all__ = ["AsyncPrebuildAttachmentFolders", "PrebuildAttachmentFolders"]
