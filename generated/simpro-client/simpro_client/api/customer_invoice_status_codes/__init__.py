"""The operations tagged customer_invoice_status_codes: `client.customer_invoice_status_codes` (CustomerInvoiceStatusCodes) and
`client.aio.customer_invoice_status_codes` (AsyncCustomerInvoiceStatusCodes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_customer_invoice_status_code as _create_customer_invoice_status_code
from . import delete_customer_invoice_status_code as _delete_customer_invoice_status_code
from . import get_customer_invoice_status_code as _get_customer_invoice_status_code
from . import list_customer_invoice_status_codes as _list_customer_invoice_status_codes
from . import update_customer_invoice_status_code as _update_customer_invoice_status_code


class CustomerInvoiceStatusCodes(_rt.Resource):
    """The operations tagged customer_invoice_status_codes, as `client.customer_invoice_status_codes.<method>(...)`."""

    list = _rt.operation(_list_customer_invoice_status_codes.request, "list")
    create = _rt.operation(_create_customer_invoice_status_code.request, "create")
    get = _rt.operation(_get_customer_invoice_status_code.request, "get")
    delete = _rt.operation(_delete_customer_invoice_status_code.request, "delete")
    update = _rt.operation(_update_customer_invoice_status_code.request, "update")
    iterate = _rt.pages(_list_customer_invoice_status_codes.request, "iterate", "page", "page_size")


class AsyncCustomerInvoiceStatusCodes(_rt.AsyncResource):
    """The operations tagged customer_invoice_status_codes, awaited: `await client.aio.customer_invoice_status_codes.<method>(...)`."""

    list = _rt.async_operation(_list_customer_invoice_status_codes.request, "list")
    create = _rt.async_operation(_create_customer_invoice_status_code.request, "create")
    get = _rt.async_operation(_get_customer_invoice_status_code.request, "get")
    delete = _rt.async_operation(_delete_customer_invoice_status_code.request, "delete")
    update = _rt.async_operation(_update_customer_invoice_status_code.request, "update")
    iterate = _rt.async_pages(_list_customer_invoice_status_codes.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerInvoiceStatusCodes", "CustomerInvoiceStatusCodes"]
