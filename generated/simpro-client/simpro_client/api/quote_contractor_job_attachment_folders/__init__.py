"""The operations tagged quote_contractor_job_attachment_folders: `client.quote_contractor_job_attachment_folders` (QuoteContractorJobAttachmentFolders) and
`client.aio.quote_contractor_job_attachment_folders` (AsyncQuoteContractorJobAttachmentFolders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_quote_contractor_job_attachment_folder as _create_quote_contractor_job_attachment_folder
from . import delete_quote_contractor_job_attachment_folder as _delete_quote_contractor_job_attachment_folder
from . import get_quote_contractor_job_attachment_folder as _get_quote_contractor_job_attachment_folder
from . import list_quote_contractor_job_attachment_folders as _list_quote_contractor_job_attachment_folders
from . import update_quote_contractor_job_attachment_folder as _update_quote_contractor_job_attachment_folder


class QuoteContractorJobAttachmentFolders(_rt.Resource):
    """The operations tagged quote_contractor_job_attachment_folders, as `client.quote_contractor_job_attachment_folders.<method>(...)`."""

    list = _rt.operation(_list_quote_contractor_job_attachment_folders.request, "list")
    create = _rt.operation(_create_quote_contractor_job_attachment_folder.request, "create")
    get = _rt.operation(_get_quote_contractor_job_attachment_folder.request, "get")
    delete = _rt.operation(_delete_quote_contractor_job_attachment_folder.request, "delete")
    update = _rt.operation(_update_quote_contractor_job_attachment_folder.request, "update")
    iterate = _rt.pages(_list_quote_contractor_job_attachment_folders.request, "iterate", "page", "page_size")


class AsyncQuoteContractorJobAttachmentFolders(_rt.AsyncResource):
    """The operations tagged quote_contractor_job_attachment_folders, awaited: `await client.aio.quote_contractor_job_attachment_folders.<method>(...)`."""

    list = _rt.async_operation(_list_quote_contractor_job_attachment_folders.request, "list")
    create = _rt.async_operation(_create_quote_contractor_job_attachment_folder.request, "create")
    get = _rt.async_operation(_get_quote_contractor_job_attachment_folder.request, "get")
    delete = _rt.async_operation(_delete_quote_contractor_job_attachment_folder.request, "delete")
    update = _rt.async_operation(_update_quote_contractor_job_attachment_folder.request, "update")
    iterate = _rt.async_pages(_list_quote_contractor_job_attachment_folders.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteContractorJobAttachmentFolders", "QuoteContractorJobAttachmentFolders"]
