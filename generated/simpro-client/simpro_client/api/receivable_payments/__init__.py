"""The operations tagged receivable_payments: `client.receivable_payments` (ReceivablePayments) and
`client.aio.receivable_payments` (AsyncReceivablePayments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_receivable_payment as _get_receivable_payment
from . import list_receivable_payments as _list_receivable_payments


class ReceivablePayments(_rt.Resource):
    """The operations tagged receivable_payments, as `client.receivable_payments.<method>(...)`."""

    list = _rt.operation(_list_receivable_payments.request, "list")
    get = _rt.operation(_get_receivable_payment.request, "get")
    iterate = _rt.pages(_list_receivable_payments.request, "iterate", "page", "page_size")


class AsyncReceivablePayments(_rt.AsyncResource):
    """The operations tagged receivable_payments, awaited: `await client.aio.receivable_payments.<method>(...)`."""

    list = _rt.async_operation(_list_receivable_payments.request, "list")
    get = _rt.async_operation(_get_receivable_payment.request, "get")
    iterate = _rt.async_pages(_list_receivable_payments.request, "iterate", "page", "page_size")


__all__ = ["AsyncReceivablePayments", "ReceivablePayments"]
