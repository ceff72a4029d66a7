"""The operations tagged job_attachments: `client.job_attachments` (JobAttachments) and
`client.aio.job_attachments` (AsyncJobAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_job_attachment as _create_job_attachment
from . import delete_job_attachment as _delete_job_attachment
from . import get_job_attachment as _get_job_attachment
from . import list_job_attachments as _list_job_attachments
from . import update_job_attachment as _update_job_attachment


class JobAttachments(_rt.Resource):
    """The operations tagged job_attachments, as `client.job_attachments.<method>(...)`."""

    list = _rt.operation(_list_job_attachments.request, "list")
    create = _rt.operation(_create_job_attachment.request, "create")
    get = _rt.operation(_get_job_attachment.request, "get")
    delete = _rt.operation(_delete_job_attachment.request, "delete")
    update = _rt.operation(_update_job_attachment.request, "update")
    iterate = _rt.pages(_list_job_attachments.request, "iterate", "page", "page_size")


class AsyncJobAttachments(_rt.AsyncResource):
    """The operations tagged job_attachments, awaited: `await client.aio.job_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_job_attachments.request, "list")
    create = _rt.async_operation(_create_job_attachment.request, "create")
    get = _rt.async_operation(_get_job_attachment.request, "get")
    delete = _rt.async_operation(_delete_job_attachment.request, "delete")
    update = _rt.async_operation(_update_job_attachment.request, "update")
    iterate = _rt.async_pages(_list_job_attachments.request, "iterate", "page", "page_size")


__all__ = ["AsyncJobAttachments", "JobAttachments"]
