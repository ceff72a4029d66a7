"""The operations tagged contractor_attachment_folders: `client.contractor_attachment_folders` (ContractorAttachmentFolders) and
`client.aio.contractor_attachment_folders` (AsyncContractorAttachmentFolders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_contractor_attachment_folder as _create_contractor_attachment_folder
from . import delete_contractor_attachment_folder as _delete_contractor_attachment_folder
from . import get_contractor_attachment_folder as _get_contractor_attachment_folder
from . import list_contractor_attachment_folders as _list_contractor_attachment_folders
from . import update_contractor_attachment_folder as _update_contractor_attachment_folder


class ContractorAttachmentFolders(_rt.Resource):
    """The operations tagged contractor_attachment_folders, as `client.contractor_attachment_folders.<method>(...)`."""

    list = _rt.operation(_list_contractor_attachment_folders.request, "list")
    create = _rt.operation(_create_contractor_attachment_folder.request, "create")
    get = _rt.operation(_get_contractor_attachment_folder.request, "get")
    delete = _rt.operation(_delete_contractor_attachment_folder.request, "delete")
    update = _rt.operation(_update_contractor_attachment_folder.request, "update")
    iterate = _rt.pages(_list_contractor_attachment_folders.request, "iterate", "page", "page_size")


class AsyncContractorAttachmentFolders(_rt.AsyncResource):
    """The operations tagged contractor_attachment_folders, awaited: `await client.aio.contractor_attachment_folders.<method>(...)`."""

    list = _rt.async_operation(_list_contractor_attachment_folders.request, "list")
    create = _rt.async_operation(_create_contractor_attachment_folder.request, "create")
    get = _rt.async_operation(_get_contractor_attachment_folder.request, "get")
    delete = _rt.async_operation(_delete_contractor_attachment_folder.request, "delete")
    update = _rt.async_operation(_update_contractor_attachment_folder.request, "update")
    iterate = _rt.async_pages(_list_contractor_attachment_folders.request, "iterate", "page", "page_size")


__all__ = ["AsyncContractorAttachmentFolders", "ContractorAttachmentFolders"]
