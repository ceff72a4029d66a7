"""The operations tagged quote_attachments: `client.quote_attachments` (QuoteAttachments) and
`client.aio.quote_attachments` (AsyncQuoteAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_quote_attachment as _create_quote_attachment
from . import delete_quote_attachment as _delete_quote_attachment
from . import get_quote_attachment as _get_quote_attachment
from . import list_quote_attachments as _list_quote_attachments
from . import update_quote_attachment as _update_quote_attachment


class QuoteAttachments(_rt.Resource):
    """The operations tagged quote_attachments, as `client.quote_attachments.<method>(...)`."""

    list = _rt.operation(_list_quote_attachments.request, "list")
    create = _rt.operation(_create_quote_attachment.request, "create")
    get = _rt.operation(_get_quote_attachment.request, "get")
    delete = _rt.operation(_delete_quote_attachment.request, "delete")
    update = _rt.operation(_update_quote_attachment.request, "update")
    iterate = _rt.pages(_list_quote_attachments.request, "iterate", "page", "page_size")


class AsyncQuoteAttachments(_rt.AsyncResource):
    """The operations tagged quote_attachments, awaited: `await client.aio.quote_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_quote_attachments.request, "list")
    create = _rt.async_operation(_create_quote_attachment.request, "create")
    get = _rt.async_operation(_get_quote_attachment.request, "get")
    delete = _rt.async_operation(_delete_quote_attachment.request, "delete")
    update = _rt.async_operation(_update_quote_attachment.request, "update")
    iterate = _rt.async_pages(_list_quote_attachments.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteAttachments", "QuoteAttachments"]
