"""The operations tagged job_invoices: `client.job_invoices` (JobInvoices) and
`client.aio.job_invoices` (AsyncJobInvoices). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_customer_invoice as _create_customer_invoice
from . import delete_customer_invoice as _delete_customer_invoice
from . import get_job_customer_invoice as _get_job_customer_invoice
from . import list_job_customer_invoices as _list_job_customer_invoices
from . import update_customer_invoice as _update_customer_invoice


class JobInvoices(_rt.Resource):
    """The operations tagged job_invoices, as `client.job_invoices.<method>(...)`."""

    list_job_customer_invoices = _rt.operation(_list_job_customer_invoices.request, "list_job_customer_invoices")
    create_customer_invoice = _rt.operation(_create_customer_invoice.request, "create_customer_invoice")
    get_job_customer_invoice = _rt.operation(_get_job_customer_invoice.request, "get_job_customer_invoice")
    delete_customer_invoice = _rt.operation(_delete_customer_invoice.request, "delete_customer_invoice")
    update_customer_invoice = _rt.operation(_update_customer_invoice.request, "update_customer_invoice")
    iterate_job_customer_invoices = _rt.pages(
        _list_job_customer_invoices.request, "iterate_job_customer_invoices", "page", "page_size"
    )


class AsyncJobInvoices(_rt.AsyncResource):
    """The operations tagged job_invoices, awaited: `await client.aio.job_invoices.<method>(...)`."""

    list_job_customer_invoices = _rt.async_operation(_list_job_customer_invoices.request, "list_job_customer_invoices")
    create_customer_invoice = _rt.async_operation(_create_customer_invoice.request, "create_customer_invoice")
    get_job_customer_invoice = _rt.async_operation(_get_job_customer_invoice.request, "get_job_customer_invoice")
    delete_customer_invoice = _rt.async_operation(_delete_customer_invoice.request, "delete_customer_invoice")
    update_customer_invoice = _rt.async_operation(_update_customer_invoice.request, "update_customer_invoice")
    iterate_job_customer_invoices = _rt.async_pages(
        _list_job_customer_invoices.request, "iterate_job_customer_invoices", "page", "page_size"
    )


__all__ = ["AsyncJobInvoices", "JobInvoices"]
