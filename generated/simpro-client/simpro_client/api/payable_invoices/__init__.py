"""The operations tagged payable_invoices: `client.payable_invoices` (PayableInvoices) and
`client.aio.payable_invoices` (AsyncPayableInvoices). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import list_payable_invoices as _list_payable_invoices


class PayableInvoices(_rt.Resource):
    """The operations tagged payable_invoices, as `client.payable_invoices.<method>(...)`."""

    list = _rt.operation(_list_payable_invoices.request, "list")


class AsyncPayableInvoices(_rt.AsyncResource):
    """The operations tagged payable_invoices, awaited: `await client.aio.payable_invoices.<method>(...)`."""

    list = _rt.async_operation(_list_payable_invoices.request, "list")


__all__ = ["AsyncPayableInvoices", "PayableInvoices"]
