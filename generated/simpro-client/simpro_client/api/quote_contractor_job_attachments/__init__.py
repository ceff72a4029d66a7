"""The operations tagged quote_contractor_job_attachments: `client.quote_contractor_job_attachments` (QuoteContractorJobAttachments) and
`client.aio.quote_contractor_job_attachments` (AsyncQuoteContractorJobAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_quote_contractor_job_attachment as _create_quote_contractor_job_attachment
from . import delete_quote_contractor_job_attachment as _delete_quote_contractor_job_attachment
from . import get_quote_contractor_job_attachment as _get_quote_contractor_job_attachment
from . import list_quote_contractor_job_attachments as _list_quote_contractor_job_attachments
from . import update_quote_contractor_job_attachment as _update_quote_contractor_job_attachment


class QuoteContractorJobAttachments(_rt.Resource):
    """The operations tagged quote_contractor_job_attachments, as `client.quote_contractor_job_attachments.<method>(...)`."""

    list = _rt.operation(_list_quote_contractor_job_attachments.request, "list")
    create = _rt.operation(_create_quote_contractor_job_attachment.request, "create")
    get = _rt.operation(_get_quote_contractor_job_attachment.request, "get")
    delete = _rt.operation(_delete_quote_contractor_job_attachment.request, "delete")
    update = _rt.operation(_update_quote_contractor_job_attachment.request, "update")
    iterate = _rt.pages(_list_quote_contractor_job_attachments.request, "iterate", "page", "page_size")


class AsyncQuoteContractorJobAttachments(_rt.AsyncResource):
    """The operations tagged quote_contractor_job_attachments, awaited: `await client.aio.quote_contractor_job_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_quote_contractor_job_attachments.request, "list")
    create = _rt.async_operation(_create_quote_contractor_job_attachment.request, "create")
    get = _rt.async_operation(_get_quote_contractor_job_attachment.request, "get")
    delete = _rt.async_operation(_delete_quote_contractor_job_attachment.request, "delete")
    update = _rt.async_operation(_update_quote_contractor_job_attachment.request, "update")
    iterate = _rt.async_pages(_list_quote_contractor_job_attachments.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteContractorJobAttachments", "QuoteContractorJobAttachments"]
