"""The operations tagged recurring_job_attachment_folders: `client.recurring_job_attachment_folders` (RecurringJobAttachmentFolders) and
`client.aio.recurring_job_attachment_folders` (AsyncRecurringJobAttachmentFolders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_recurring_job_attachment_folder as _create_recurring_job_attachment_folder
from . import delete_recurring_job_attachment_folder as _delete_recurring_job_attachment_folder
from . import get_recurring_job_attachment_folder as _get_recurring_job_attachment_folder
from . import list_recurring_job_attachment_folders as _list_recurring_job_attachment_folders
from . import update_recurring_job_attachment_folder as _update_recurring_job_attachment_folder


class RecurringJobAttachmentFolders(_rt.Resource):
    """The operations tagged recurring_job_attachment_folders, as `client.recurring_job_attachment_folders.<method>(...)`."""

    list = _rt.operation(_list_recurring_job_attachment_folders.request, "list")
    create = _rt.operation(_create_recurring_job_attachment_folder.request, "create")
    get = _rt.operation(_get_recurring_job_attachment_folder.request, "get")
    delete = _rt.operation(_delete_recurring_job_attachment_folder.request, "delete")
    update = _rt.operation(_update_recurring_job_attachment_folder.request, "update")
    iterate = _rt.pages(_list_recurring_job_attachment_folders.request, "iterate", "page", "page_size")


class AsyncRecurringJobAttachmentFolders(_rt.AsyncResource):
    """The operations tagged recurring_job_attachment_folders, awaited: `await client.aio.recurring_job_attachment_folders.<method>(...)`."""

    list = _rt.async_operation(_list_recurring_job_attachment_folders.request, "list")
    create = _rt.async_operation(_create_recurring_job_attachment_folder.request, "create")
    get = _rt.async_operation(_get_recurring_job_attachment_folder.request, "get")
    delete = _rt.async_operation(_delete_recurring_job_attachment_folder.request, "delete")
    update = _rt.async_operation(_update_recurring_job_attachment_folder.request, "update")
    iterate = _rt.async_pages(_list_recurring_job_attachment_folders.request, "iterate", "page", "page_size")


__all__ = ["AsyncRecurringJobAttachmentFolders", "RecurringJobAttachmentFolders"]
