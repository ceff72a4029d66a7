"""The operations tagged customer_attachments: `client.customer_attachments` (CustomerAttachments) and
`client.aio.customer_attachments` (AsyncCustomerAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_customer_attachment as _create_customer_attachment
from . import delete_customer_attachment as _delete_customer_attachment
from . import get_customer_attachment as _get_customer_attachment
from . import list_customer_attachments as _list_customer_attachments
from . import update_customer_attachment as _update_customer_attachment


class CustomerAttachments(_rt.Resource):
    """The operations tagged customer_attachments, as `client.customer_attachments.<method>(...)`."""

    list = _rt.operation(_list_customer_attachments.request, "list")
    create = _rt.operation(_create_customer_attachment.request, "create")
    get = _rt.operation(_get_customer_attachment.request, "get")
    delete = _rt.operation(_delete_customer_attachment.request, "delete")
    update = _rt.operation(_update_customer_attachment.request, "update")
    iterate = _rt.pages(_list_customer_attachments.request, "iterate", "page", "page_size")


class AsyncCustomerAttachments(_rt.AsyncResource):
    """The operations tagged customer_attachments, awaited: `await client.aio.customer_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_customer_attachments.request, "list")
    create = _rt.async_operation(_create_customer_attachment.request, "create")
    get = _rt.async_operation(_get_customer_attachment.request, "get")
    delete = _rt.async_operation(_delete_customer_attachment.request, "delete")
    update = _rt.async_operation(_update_customer_attachment.request, "update")
    iterate = _rt.async_pages(_list_customer_attachments.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerAttachments", "CustomerAttachments"]
