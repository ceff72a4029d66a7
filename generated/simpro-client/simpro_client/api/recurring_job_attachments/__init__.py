"""The operations tagged recurring_job_attachments: `client.recurring_job_attachments` (RecurringJobAttachments) and
`client.aio.recurring_job_attachments` (AsyncRecurringJobAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_recurring_job_attachment as _create_recurring_job_attachment
from . import delete_recurring_job_attachment as _delete_recurring_job_attachment
from . import get_recurring_job_attachment as _get_recurring_job_attachment
from . import list_recurring_job_attachments as _list_recurring_job_attachments
from . import update_recurring_job_attachment as _update_recurring_job_attachment


class RecurringJobAttachments(_rt.Resource):
    """The operations tagged recurring_job_attachments, as `client.recurring_job_attachments.<method>(...)`."""

    list = _rt.operation(_list_recurring_job_attachments.request, "list")
    create = _rt.operation(_create_recurring_job_attachment.request, "create")
    get = _rt.operation(_get_recurring_job_attachment.request, "get")
    delete = _rt.operation(_delete_recurring_job_attachment.request, "delete")
    update = _rt.operation(_update_recurring_job_attachment.request, "update")
    iterate = _rt.pages(_list_recurring_job_attachments.request, "iterate", "page", "page_size")


class AsyncRecurringJobAttachments(_rt.AsyncResource):
    """The operations tagged recurring_job_attachments, awaited: `await client.aio.recurring_job_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_recurring_job_attachments.request, "list")
    create = _rt.async_operation(_create_recurring_job_attachment.request, "create")
    get = _rt.async_operation(_get_recurring_job_attachment.request, "get")
    delete = _rt.async_operation(_delete_recurring_job_attachment.request, "delete")
    update = _rt.async_operation(_update_recurring_job_attachment.request, "update")
    iterate = _rt.async_pages(_list_recurring_job_attachments.request, "iterate", "page", "page_size")


__all__ = ["AsyncRecurringJobAttachments", "RecurringJobAttachments"]
