"""The operations tagged customer_payments: `client.customer_payments` (CustomerPayments) and
`client.aio.customer_payments` (AsyncCustomerPayments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_customer_payment as _create_customer_payment
from . import delete_customer_payment as _delete_customer_payment
from . import get_customer_payment as _get_customer_payment
from . import list_customer_payments as _list_customer_payments
from . import update_customer_payment as _update_customer_payment


class CustomerPayments(_rt.Resource):
    """The operations tagged customer_payments, as `client.customer_payments.<method>(...)`."""

    list = _rt.operation(_list_customer_payments.request, "list")
    create = _rt.operation(_create_customer_payment.request, "create")
    get = _rt.operation(_get_customer_payment.request, "get")
    delete = _rt.operation(_delete_customer_payment.request, "delete")
    update = _rt.operation(_update_customer_payment.request, "update")
    iterate = _rt.pages(_list_customer_payments.request, "iterate", "page", "page_size")


class AsyncCustomerPayments(_rt.AsyncResource):
    """The operations tagged customer_payments, awaited: `await client.aio.customer_payments.<method>(...)`."""

    list = _rt.async_operation(_list_customer_payments.request, "list")
    create = _rt.async_operation(_create_customer_payment.request, "create")
    get = _rt.async_operation(_get_customer_payment.request, "get")
    delete = _rt.async_operation(_delete_customer_payment.request, "delete")
    update = _rt.async_operation(_update_customer_payment.request, "update")
    iterate = _rt.async_pages(_list_customer_payments.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerPayments", "CustomerPayments"]
