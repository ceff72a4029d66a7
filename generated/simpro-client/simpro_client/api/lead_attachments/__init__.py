"""The operations tagged lead_attachments: `client.lead_attachments` (LeadAttachments) and
`client.aio.lead_attachments` (AsyncLeadAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_lead_attachment as _create_lead_attachment
from . import delete_lead_attachment as _delete_lead_attachment
from . import get_lead_attachment as _get_lead_attachment
from . import list_lead_attachments as _list_lead_attachments
from . import update_lead_attachment as _update_lead_attachment


class LeadAttachments(_rt.Resource):
    """The operations tagged lead_attachments, as `client.lead_attachments.<method>(...)`."""

    list = _rt.operation(_list_lead_attachments.request, "list")
    create = _rt.operation(_create_lead_attachment.request, "create")
    get = _rt.operation(_get_lead_attachment.request, "get")
    delete = _rt.operation(_delete_lead_attachment.request, "delete")
    update = _rt.operation(_update_lead_attachment.request, "update")
    iterate = _rt.pages(_list_lead_attachments.request, "iterate", "page", "page_size")


class AsyncLeadAttachments(_rt.AsyncResource):
    """The operations tagged lead_attachments, awaited: `await client.aio.lead_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_lead_attachments.request, "list")
    create = _rt.async_operation(_create_lead_attachment.request, "create")
    get = _rt.async_operation(_get_lead_attachment.request, "get")
    delete = _rt.async_operation(_delete_lead_attachment.request, "delete")
    update = _rt.async_operation(_update_lead_attachment.request, "update")
    iterate = _rt.async_pages(_list_lead_attachments.request, "iterate", "page", "page_size")


__all__ = ["AsyncLeadAttachments", "LeadAttachments"]
