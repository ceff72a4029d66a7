"""The operations tagged customer_invoices: `client.customer_invoices` (CustomerInvoices) and
`client.aio.customer_invoices` (AsyncCustomerInvoices). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_customer_invoice as _get_customer_invoice
from . import list_customer_invoices as _list_customer_invoices


class CustomerInvoices(_rt.Resource):
    """The operations tagged customer_invoices, as `client.customer_invoices.<method>(...)`."""

    list = _rt.operation(_list_customer_invoices.request, "list")
    get = _rt.operation(_get_customer_invoice.request, "get")
    iterate = _rt.pages(_list_customer_invoices.request, "iterate", "page", "page_size")


class AsyncCustomerInvoices(_rt.AsyncResource):
    """The operations tagged customer_invoices, awaited: `await client.aio.customer_invoices.<method>(...)`."""

    list = _rt.async_operation(_list_customer_invoices.request, "list")
    get = _rt.async_operation(_get_customer_invoice.request, "get")
    iterate = _rt.async_pages(_list_customer_invoices.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerInvoices", "CustomerInvoices"]
