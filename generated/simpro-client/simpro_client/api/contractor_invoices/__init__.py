"""The operations tagged contractor_invoices: `client.contractor_invoices` (ContractorInvoices) and
`client.aio.contractor_invoices` (AsyncContractorInvoices). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_contractor_invoice as _create_contractor_invoice
from . import delete_contractor_invoice as _delete_contractor_invoice
from . import get_contractor_invoice as _get_contractor_invoice
from . import list_contractor_invoices as _list_contractor_invoices
from . import update_contractor_invoice as _update_contractor_invoice


class ContractorInvoices(_rt.Resource):
    """The operations tagged contractor_invoices, as `client.contractor_invoices.<method>(...)`."""

    list = _rt.operation(_list_contractor_invoices.request, "list")
    create = _rt.operation(_create_contractor_invoice.request, "create")
    get = _rt.operation(_get_contractor_invoice.request, "get")
    delete = _rt.operation(_delete_contractor_invoice.request, "delete")
    update = _rt.operation(_update_contractor_invoice.request, "update")
    iterate = _rt.pages(_list_contractor_invoices.request, "iterate", "page", "page_size")


class AsyncContractorInvoices(_rt.AsyncResource):
    """The operations tagged contractor_invoices, awaited: `await client.aio.contractor_invoices.<method>(...)`."""

    list = _rt.async_operation(_list_contractor_invoices.request, "list")
    create = _rt.async_operation(_create_contractor_invoice.request, "create")
    get = _rt.async_operation(_get_contractor_invoice.request, "get")
    delete = _rt.async_operation(_delete_contractor_invoice.request, "delete")
    update = _rt.async_operation(_update_contractor_invoice.request, "update")
    iterate = _rt.async_pages(_list_contractor_invoices.request, "iterate", "page", "page_size")


__all__ = ["AsyncContractorInvoices", "ContractorInvoices"]
