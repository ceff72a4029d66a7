"""The operations tagged payment_methods: `client.payment_methods` (PaymentMethods) and
`client.aio.payment_methods` (AsyncPaymentMethods). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_payment_method as _create_payment_method
from . import delete_payment_method as _delete_payment_method
from . import get_payment_method as _get_payment_method
from . import list_payment_methods as _list_payment_methods
from . import update_payment_method as _update_payment_method


class PaymentMethods(_rt.Resource):
    """The operations tagged payment_methods, as `client.payment_methods.<method>(...)`."""

    list = _rt.operation(_list_payment_methods.request, "list")
    create = _rt.operation(_create_payment_method.request, "create")
    get = _rt.operation(_get_payment_method.request, "get")
    delete = _rt.operation(_delete_payment_method.request, "delete")
    update = _rt.operation(_update_payment_method.request, "update")
    iterate = _rt.pages(_list_payment_methods.request, "iterate", "page", "page_size")


class AsyncPaymentMethods(_rt.AsyncResource):
    """The operations tagged payment_methods, awaited: `await client.aio.payment_methods.<method>(...)`."""

    list = _rt.async_operation(_list_payment_methods.request, "list")
    create = _rt.async_operation(_create_payment_method.request, "create")
    get = _rt.async_operation(_get_payment_method.request, "get")
    delete = _rt.async_operation(_delete_payment_method.request, "delete")
    update = _rt.async_operation(_update_payment_method.request, "update")
    iterate = _rt.async_pages(_list_payment_methods.request, "iterate", "page", "page_size")


__all__ = ["AsyncPaymentMethods", "PaymentMethods"]
