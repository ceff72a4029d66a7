"""The operations tagged customer_attachment_folders: `client.customer_attachment_folders` (CustomerAttachmentFolders) and
`client.aio.customer_attachment_folders` (AsyncCustomerAttachmentFolders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_customer_attachment_folder as _create_customer_attachment_folder
from . import delete_customer_attachment_folder as _delete_customer_attachment_folder
from . import get_customer_attachment_folder as _get_customer_attachment_folder
from . import list_customer_attachment_folders as _list_customer_attachment_folders
from . import update_customer_attachment_folder as _update_customer_attachment_folder


class CustomerAttachmentFolders(_rt.Resource):
    """The operations tagged customer_attachment_folders, as `client.customer_attachment_folders.<method>(...)`."""

    list = _rt.operation(_list_customer_attachment_folders.request, "list")
    create = _rt.operation(_create_customer_attachment_folder.request, "create")
    get = _rt.operation(_get_customer_attachment_folder.request, "get")
    delete = _rt.operation(_delete_customer_attachment_folder.request, "delete")
    update = _rt.operation(_update_customer_attachment_folder.request, "update")
    iterate = _rt.pages(_list_customer_attachment_folders.request, "iterate", "page", "page_size")


class AsyncCustomerAttachmentFolders(_rt.AsyncResource):
    """The operations tagged customer_attachment_folders, awaited: `await client.aio.customer_attachment_folders.<method>(...)`."""

    list = _rt.async_operation(_list_customer_attachment_folders.request, "list")
    create = _rt.async_operation(_create_customer_attachment_folder.request, "create")
    get = _rt.async_operation(_get_customer_attachment_folder.request, "get")
    delete = _rt.async_operation(_delete_customer_attachment_folder.request, "delete")
    update = _rt.async_operation(_update_customer_attachment_folder.request, "update")
    iterate = _rt.async_pages(_list_customer_attachment_folders.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerAttachmentFolders", "CustomerAttachmentFolders"]
