"""The operations tagged job_attachment_folders: `client.job_attachment_folders` (JobAttachmentFolders) and
`client.aio.job_attachment_folders` (AsyncJobAttachmentFolders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_job_attachment_folder as _create_job_attachment_folder
from . import delete_job_attachment_folder as _delete_job_attachment_folder
from . import get_job_attachment_folder as _get_job_attachment_folder
from . import list_job_attachment_folders as _list_job_attachment_folders
from . import update_job_attachment_folder as _update_job_attachment_folder


class JobAttachmentFolders(_rt.Resource):
    """The operations tagged job_attachment_folders, as `client.job_attachment_folders.<method>(...)`."""

    list = _rt.operation(_list_job_attachment_folders.request, "list")
    create = _rt.operation(_create_job_attachment_folder.request, "create")
    get = _rt.operation(_get_job_attachment_folder.request, "get")
    delete = _rt.operation(_delete_job_attachment_folder.request, "delete")
    update = _rt.operation(_update_job_attachment_folder.request, "update")
    iterate = _rt.pages(_list_job_attachment_folders.request, "iterate", "page", "page_size")


class AsyncJobAttachmentFolders(_rt.AsyncResource):
    """The operations tagged job_attachment_folders, awaited: `await client.aio.job_attachment_folders.<method>(...)`."""

    list = _rt.async_operation(_list_job_attachment_folders.request, "list")
    create = _rt.async_operation(_create_job_attachment_folder.request, "create")
    get = _rt.async_operation(_get_job_attachment_folder.request, "get")
    delete = _rt.async_operation(_delete_job_attachment_folder.request, "delete")
    update = _rt.async_operation(_update_job_attachment_folder.request, "update")
    iterate = _rt.async_pages(_list_job_attachment_folders.request, "iterate", "page", "page_size")


__all__ = ["AsyncJobAttachmentFolders", "JobAttachmentFolders"]
