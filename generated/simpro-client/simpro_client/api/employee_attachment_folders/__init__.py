"""The operations tagged employee_attachment_folders: `client.employee_attachment_folders` (EmployeeAttachmentFolders) and
`client.aio.employee_attachment_folders` (AsyncEmployeeAttachmentFolders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_employee_attachment_folder as _create_employee_attachment_folder
from . import delete_employee_attachment_folder as _delete_employee_attachment_folder
from . import get_employee_attachment_folder as _get_employee_attachment_folder
from . import list_employee_attachment_folders as _list_employee_attachment_folders
from . import update_employee_attachment_folder as _update_employee_attachment_folder


class EmployeeAttachmentFolders(_rt.Resource):
    """The operations tagged employee_attachment_folders, as `client.employee_attachment_folders.<method>(...)`."""

    list = _rt.operation(_list_employee_attachment_folders.request, "list")
    create = _rt.operation(_create_employee_attachment_folder.request, "create")
    get = _rt.operation(_get_employee_attachment_folder.request, "get")
    delete = _rt.operation(_delete_employee_attachment_folder.request, "delete")
    update = _rt.operation(_update_employee_attachment_folder.request, "update")
    iterate = _rt.pages(_list_employee_attachment_folders.request, "iterate", "page", "page_size")


class AsyncEmployeeAttachmentFolders(_rt.AsyncResource):
    """The operations tagged employee_attachment_folders, awaited: `await client.aio.employee_attachment_folders.<method>(...)`."""

    list = _rt.async_operation(_list_employee_attachment_folders.request, "list")
    create = _rt.async_operation(_create_employee_attachment_folder.request, "create")
    get = _rt.async_operation(_get_employee_attachment_folder.request, "get")
    delete = _rt.async_operation(_delete_employee_attachment_folder.request, "delete")
    update = _rt.async_operation(_update_employee_attachment_folder.request, "update")
    iterate = _rt.async_pages(_list_employee_attachment_folders.request, "iterate", "page", "page_size")


__all__ = ["AsyncEmployeeAttachmentFolders", "EmployeeAttachmentFolders"]
