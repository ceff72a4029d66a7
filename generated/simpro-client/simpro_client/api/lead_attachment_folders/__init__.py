"""The operations tagged lead_attachment_folders: `client.lead_attachment_folders` (LeadAttachmentFolders) and
`client.aio.lead_attachment_folders` (AsyncLeadAttachmentFolders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_lead_attachment_folder as _create_lead_attachment_folder
from . import delete_lead_attachment_folder as _delete_lead_attachment_folder
from . import get_lead_attachment_folder as _get_lead_attachment_folder
from . import list_lead_attachment_folders as _list_lead_attachment_folders
from . import update_lead_attachment_folder as _update_lead_attachment_folder


class LeadAttachmentFolders(_rt.Resource):
    """The operations tagged lead_attachment_folders, as `client.lead_attachment_folders.<method>(...)`."""

    list = _rt.operation(_list_lead_attachment_folders.request, "list")
    create = _rt.operation(_create_lead_attachment_folder.request, "create")
    get = _rt.operation(_get_lead_attachment_folder.request, "get")
    delete = _rt.operation(_delete_lead_attachment_folder.request, "delete")
    update = _rt.operation(_update_lead_attachment_folder.request, "update")
    iterate = _rt.pages(_list_lead_attachment_folders.request, "iterate", "page", "page_size")


class AsyncLeadAttachmentFolders(_rt.AsyncResource):
    """The operations tagged lead_attachment_folders, awaited: `await client.aio.lead_attachment_folders.<method>(...)`."""

    list = _rt.async_operation(_list_lead_attachment_folders.request, "list")
    create = _rt.async_operation(_create_lead_attachment_folder.request, "create")
    get = _rt.async_operation(_get_lead_attachment_folder.request, "get")
    delete = _rt.async_operation(_delete_lead_attachment_folder.request, "delete")
    update = _rt.async_operation(_update_lead_attachment_folder.request, "update")
    iterate = _rt.async_pages(_list_lead_attachment_folders.request, "iterate", "page", "page_size")


__all__ = ["AsyncLeadAttachmentFolders", "LeadAttachmentFolders"]
