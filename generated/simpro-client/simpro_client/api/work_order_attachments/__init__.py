"""The operations tagged work_order_attachments: `client.work_order_attachments` (WorkOrderAttachments) and
`client.aio.work_order_attachments` (AsyncWorkOrderAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_job_work_order_attachment as _create_job_work_order_attachment
from . import create_quote_work_order_attachment as _create_quote_work_order_attachment
from . import delete_job_work_order_attachment as _delete_job_work_order_attachment
from . import delete_quote_work_order_attachment as _delete_quote_work_order_attachment
from . import get_job_work_order_attachment as _get_job_work_order_attachment
from . import get_quote_work_order_attachment as _get_quote_work_order_attachment
from . import list_job_work_order_attachments as _list_job_work_order_attachments
from . import list_quote_work_order_attachments as _list_quote_work_order_attachments
from . import update_job_work_order_attachment as _update_job_work_order_attachment
from . import update_quote_work_order_attachment as _update_quote_work_order_attachment


class WorkOrderAttachments(_rt.Resource):
    """The operations tagged work_order_attachments, as `client.work_order_attachments.<method>(...)`."""

    list_job = _rt.operation(_list_job_work_order_attachments.request, "list_job")
    create_job = _rt.operation(_create_job_work_order_attachment.request, "create_job")
    get_job = _rt.operation(_get_job_work_order_attachment.request, "get_job")
    delete_job = _rt.operation(_delete_job_work_order_attachment.request, "delete_job")
    update_job = _rt.operation(_update_job_work_order_attachment.request, "update_job")
    list_quote = _rt.operation(_list_quote_work_order_attachments.request, "list_quote")
    create_quote = _rt.operation(_create_quote_work_order_attachment.request, "create_quote")
    get_quote = _rt.operation(_get_quote_work_order_attachment.request, "get_quote")
    delete_quote = _rt.operation(_delete_quote_work_order_attachment.request, "delete_quote")
    update_quote = _rt.operation(_update_quote_work_order_attachment.request, "update_quote")
    iterate_job = _rt.pages(_list_job_work_order_attachments.request, "iterate_job", "page", "page_size")
    iterate_quote = _rt.pages(_list_quote_work_order_attachments.request, "iterate_quote", "page", "page_size")


class AsyncWorkOrderAttachments(_rt.AsyncResource):
    """The operations tagged work_order_attachments, awaited: `await client.aio.work_order_attachments.<method>(...)`."""

    list_job = _rt.async_operation(_list_job_work_order_attachments.request, "list_job")
    create_job = _rt.async_operation(_create_job_work_order_attachment.request, "create_job")
    get_job = _rt.async_operation(_get_job_work_order_attachment.request, "get_job")
    delete_job = _rt.async_operation(_delete_job_work_order_attachment.request, "delete_job")
    update_job = _rt.async_operation(_update_job_work_order_attachment.request, "update_job")
    list_quote = _rt.async_operation(_list_quote_work_order_attachments.request, "list_quote")
    create_quote = _rt.async_operation(_create_quote_work_order_attachment.request, "create_quote")
    get_quote = _rt.async_operation(_get_quote_work_order_attachment.request, "get_quote")
    delete_quote = _rt.async_operation(_delete_quote_work_order_attachment.request, "delete_quote")
    update_quote = _rt.async_operation(_update_quote_work_order_attachment.request, "update_quote")
    iterate_job = _rt.async_pages(_list_job_work_order_attachments.request, "iterate_job", "page", "page_size")
    iterate_quote = _rt.async_pages(_list_quote_work_order_attachments.request, "iterate_quote", "page", "page_size")


__all__ = ["AsyncWorkOrderAttachments", "WorkOrderAttachments"]
