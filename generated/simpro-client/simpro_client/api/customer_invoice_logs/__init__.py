"""The operations tagged customer_invoice_logs: `client.customer_invoice_logs` (CustomerInvoiceLogs) and
`client.aio.customer_invoice_logs` (AsyncCustomerInvoiceLogs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_customer_invoice_log as _get_customer_invoice_log
from . import list_customer_invoice_logs as _list_customer_invoice_logs


class CustomerInvoiceLogs(_rt.Resource):
    """The operations tagged customer_invoice_logs, as `client.customer_invoice_logs.<method>(...)`."""

    list = _rt.operation(_list_customer_invoice_logs.request, "list")
    get = _rt.operation(_get_customer_invoice_log.request, "get")
    iterate = _rt.pages(_list_customer_invoice_logs.request, "iterate", "page", "page_size")


class AsyncCustomerInvoiceLogs(_rt.AsyncResource):
    """The operations tagged customer_invoice_logs, awaited: `await client.aio.customer_invoice_logs.<method>(...)`."""

    list = _rt.async_operation(_list_customer_invoice_logs.request, "list")
    get = _rt.async_operation(_get_customer_invoice_log.request, "get")
    iterate = _rt.async_pages(_list_customer_invoice_logs.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerInvoiceLogs", "CustomerInvoiceLogs"]
