"""The operations tagged task_attachments: `client.task_attachments` (TaskAttachments) and
`client.aio.task_attachments` (AsyncTaskAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_task_attachment as _create_task_attachment
from . import delete_task_attachment as _delete_task_attachment
from . import get_task_attachment as _get_task_attachment
from . import list_task_attachments as _list_task_attachments
from . import update_task_attachment as _update_task_attachment


class TaskAttachments(_rt.Resource):
    """The operations tagged task_attachments, as `client.task_attachments.<method>(...)`."""

    list = _rt.operation(_list_task_attachments.request, "list")
    create = _rt.operation(_create_task_attachment.request, "create")
    get = _rt.operation(_get_task_attachment.request, "get")
    delete = _rt.operation(_delete_task_attachment.request, "delete")
    update = _rt.operation(_update_task_attachment.request, "update")
    iterate = _rt.pages(_list_task_attachments.request, "iterate", "page", "page_size")


class AsyncTaskAttachments(_rt.AsyncResource):
    """The operations tagged task_attachments, awaited: `await client.aio.task_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_task_attachments.request, "list")
    create = _rt.async_operation(_create_task_attachment.request, "create")
    get = _rt.async_operation(_get_task_attachment.request, "get")
    delete = _rt.async_operation(_delete_task_attachment.request, "delete")
    update = _rt.async_operation(_update_task_attachment.request, "update")
    iterate = _rt.async_pages(_list_task_attachments.request, "iterate", "page", "page_size")


__all__ = ["AsyncTaskAttachments", "TaskAttachments"]
