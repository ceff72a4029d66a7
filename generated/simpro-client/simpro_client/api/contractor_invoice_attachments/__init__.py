"""The operations tagged contractor_invoice_attachments: `client.contractor_invoice_attachments` (ContractorInvoiceAttachments) and
`client.aio.contractor_invoice_attachments` (AsyncContractorInvoiceAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_contractor_invoice_attachment as _create_contractor_invoice_attachment
from . import delete_contractor_invoice_attachment as _delete_contractor_invoice_attachment
from . import get_contractor_invoice_attachment as _get_contractor_invoice_attachment
from . import list_contractor_invoice_attachments as _list_contractor_invoice_attachments
from . import update_contractor_invoice_attachment as _update_contractor_invoice_attachment


class ContractorInvoiceAttachments(_rt.Resource):
    """The operations tagged contractor_invoice_attachments, as `client.contractor_invoice_attachments.<method>(...)`."""

    list = _rt.operation(_list_contractor_invoice_attachments.request, "list")
    create = _rt.operation(_create_contractor_invoice_attachment.request, "create")
    get = _rt.operation(_get_contractor_invoice_attachment.request, "get")
    delete = _rt.operation(_delete_contractor_invoice_attachment.request, "delete")
    update = _rt.operation(_update_contractor_invoice_attachment.request, "update")
    iterate = _rt.pages(_list_contractor_invoice_attachments.request, "iterate", "page", "page_size")


class AsyncContractorInvoiceAttachments(_rt.AsyncResource):
    """The operations tagged contractor_invoice_attachments, awaited: `await client.aio.contractor_invoice_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_contractor_invoice_attachments.request, "list")
    create = _rt.async_operation(_create_contractor_invoice_attachment.request, "create")
    get = _rt.async_operation(_get_contractor_invoice_attachment.request, "get")
    delete = _rt.async_operation(_delete_contractor_invoice_attachment.request, "delete")
    update = _rt.async_operation(_update_contractor_invoice_attachment.request, "update")
    iterate = _rt.async_pages(_list_contractor_invoice_attachments.request, "iterate", "page", "page_size")


__all__ = ["AsyncContractorInvoiceAttachments", "ContractorInvoiceAttachments"]
