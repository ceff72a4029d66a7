"""The operations tagged vendor_attachment_folders: `client.vendor_attachment_folders` (VendorAttachmentFolders) and
`client.aio.vendor_attachment_folders` (AsyncVendorAttachmentFolders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_vendor_attachment_folder as _create_vendor_attachment_folder
from . import delete_vendor_attachment_folder as _delete_vendor_attachment_folder
from . import get_vendor_attachment_folder as _get_vendor_attachment_folder
from . import list_vendor_attachment_folders as _list_vendor_attachment_folders
from . import update_vendor_attachment_folder as _update_vendor_attachment_folder


class VendorAttachmentFolders(_rt.Resource):
    """The operations tagged vendor_attachment_folders, as `client.vendor_attachment_folders.<method>(...)`."""

    list = _rt.operation(_list_vendor_attachment_folders.request, "list")
    create = _rt.operation(_create_vendor_attachment_folder.request, "create")
    get = _rt.operation(_get_vendor_attachment_folder.request, "get")
    delete = _rt.operation(_delete_vendor_attachment_folder.request, "delete")
    update = _rt.operation(_update_vendor_attachment_folder.request, "update")
    iterate = _rt.pages(_list_vendor_attachment_folders.request, "iterate", "page", "page_size")


class AsyncVendorAttachmentFolders(_rt.AsyncResource):
    """The operations tagged vendor_attachment_folders, awaited: `await client.aio.vendor_attachment_folders.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_attachment_folders.request, "list")
    create = _rt.async_operation(_create_vendor_attachment_folder.request, "create")
    get = _rt.async_operation(_get_vendor_attachment_folder.request, "get")
    delete = _rt.async_operation(_delete_vendor_attachment_folder.request, "delete")
    update = _rt.async_operation(_update_vendor_attachment_folder.request, "update")
    iterate = _rt.async_pages(_list_vendor_attachment_folders.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendorAttachmentFolders", "VendorAttachmentFolders"]
