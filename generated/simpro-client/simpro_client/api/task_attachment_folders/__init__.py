"""The operations tagged task_attachment_folders: `client.task_attachment_folders` (TaskAttachmentFolders) and
`client.aio.task_attachment_folders` (AsyncTaskAttachmentFolders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_task_attachment_folder as _create_task_attachment_folder
from . import delete_task_attachment_folder as _delete_task_attachment_folder
from . import get_task_attachment_folder as _get_task_attachment_folder
from . import list_task_attachment_folders as _list_task_attachment_folders
from . import update_task_attachment_folder as _update_task_attachment_folder


class TaskAttachmentFolders(_rt.Resource):
    """The operations tagged task_attachment_folders, as `client.task_attachment_folders.<method>(...)`."""

    list = _rt.operation(_list_task_attachment_folders.request, "list")
    create = _rt.operation(_create_task_attachment_folder.request, "create")
    get = _rt.operation(_get_task_attachment_folder.request, "get")
    delete = _rt.operation(_delete_task_attachment_folder.request, "delete")
    update = _rt.operation(_update_task_attachment_folder.request, "update")
    iterate = _rt.pages(_list_task_attachment_folders.request, "iterate", "page", "page_size")


class AsyncTaskAttachmentFolders(_rt.AsyncResource):
    """The operations tagged task_attachment_folders, awaited: `await client.aio.task_attachment_folders.<method>(...)`."""

    list = _rt.async_operation(_list_task_attachment_folders.request, "list")
    create = _rt.async_operation(_create_task_attachment_folder.request, "create")
    get = _rt.async_operation(_get_task_attachment_folder.request, "get")
    delete = _rt.async_operation(_delete_task_attachment_folder.request, "delete")
    update = _rt.async_operation(_update_task_attachment_folder.request, "update")
    iterate = _rt.async_pages(_list_task_attachment_folders.request, "iterate", "page", "page_size")


__all__ = ["AsyncTaskAttachmentFolders", "TaskAttachmentFolders"]
