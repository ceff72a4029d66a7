"""The operations tagged contractor_licence_attachments: `client.contractor_licence_attachments` (ContractorLicenceAttachments) and
`client.aio.contractor_licence_attachments` (AsyncContractorLicenceAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_contractor_licence_attachment as _create_contractor_licence_attachment
from . import delete_contractor_licence_attachment as _delete_contractor_licence_attachment
from . import get_contractor_licence_attachment as _get_contractor_licence_attachment
from . import list_contractor_licence_attachments as _list_contractor_licence_attachments
from . import update_contractor_licence_attachment as _update_contractor_licence_attachment


class ContractorLicenceAttachments(_rt.Resource):
    """The operations tagged contractor_licence_attachments, as `client.contractor_licence_attachments.<method>(...)`."""

    list = _rt.operation(_list_contractor_licence_attachments.request, "list")
    create = _rt.operation(_create_contractor_licence_attachment.request, "create")
    get = _rt.operation(_get_contractor_licence_attachment.request, "get")
    delete = _rt.operation(_delete_contractor_licence_attachment.request, "delete")
    update = _rt.operation(_update_contractor_licence_attachment.request, "update")
    iterate = _rt.pages(_list_contractor_licence_attachments.request, "iterate", "page", "page_size")


class AsyncContractorLicenceAttachments(_rt.AsyncResource):
    """The operations tagged contractor_licence_attachments, awaited: `await client.aio.contractor_licence_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_contractor_licence_attachments.request, "list")
    create = _rt.async_operation(_create_contractor_licence_attachment.request, "create")
    get = _rt.async_operation(_get_contractor_licence_attachment.request, "get")
    delete = _rt.async_operation(_delete_contractor_licence_attachment.request, "delete")
    update = _rt.async_operation(_update_contractor_licence_attachment.request, "update")
    iterate = _rt.async_pages(_list_contractor_licence_attachments.request, "iterate", "page", "page_size")


__all__ = ["AsyncContractorLicenceAttachments", "ContractorLicenceAttachments"]
