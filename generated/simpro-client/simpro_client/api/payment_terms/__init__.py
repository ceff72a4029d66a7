"""The operations tagged payment_terms: `client.payment_terms` (PaymentTerms) and
`client.aio.payment_terms` (AsyncPaymentTerms). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_payment_term as _create_payment_term
from . import delete_payment_term as _delete_payment_term
from . import get_payment_term as _get_payment_term
from . import list_payment_terms as _list_payment_terms
from . import update_payment_term as _update_payment_term


class PaymentTerms(_rt.Resource):
    """The operations tagged payment_terms, as `client.payment_terms.<method>(...)`."""

    list = _rt.operation(_list_payment_terms.request, "list")
    create = _rt.operation(_create_payment_term.request, "create")
    get = _rt.operation(_get_payment_term.request, "get")
    delete = _rt.operation(_delete_payment_term.request, "delete")
    update = _rt.operation(_update_payment_term.request, "update")
    iterate = _rt.pages(_list_payment_terms.request, "iterate", "page", "page_size")


class AsyncPaymentTerms(_rt.AsyncResource):
    """The operations tagged payment_terms, awaited: `await client.aio.payment_terms.<method>(...)`."""

    list = _rt.async_operation(_list_payment_terms.request, "list")
    create = _rt.async_operation(_create_payment_term.request, "create")
    get = _rt.async_operation(_get_payment_term.request, "get")
    delete = _rt.async_operation(_delete_payment_term.request, "delete")
    update = _rt.async_operation(_update_payment_term.request, "update")
    iterate = _rt.async_pages(_list_payment_terms.request, "iterate", "page", "page_size")


__all__ = ["AsyncPaymentTerms", "PaymentTerms"]
