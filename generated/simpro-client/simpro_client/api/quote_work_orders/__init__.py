"""The operations tagged quote_work_orders: `client.quote_work_orders` (QuoteWorkOrders) and
`client.aio.quote_work_orders` (AsyncQuoteWorkOrders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_quote_work_order as _get_quote_work_order
from . import list_quote_work_orders as _list_quote_work_orders


class QuoteWorkOrders(_rt.Resource):
    """The operations tagged quote_work_orders, as `client.quote_work_orders.<method>(...)`."""

    list = _rt.operation(_list_quote_work_orders.request, "list")
    get = _rt.operation(_get_quote_work_order.request, "get")
    iterate = _rt.pages(_list_quote_work_orders.request, "iterate", "page", "page_size")


class AsyncQuoteWorkOrders(_rt.AsyncResource):
    """The operations tagged quote_work_orders, awaited: `await client.aio.quote_work_orders.<method>(...)`."""

    list = _rt.async_operation(_list_quote_work_orders.request, "list")
    get = _rt.async_operation(_get_quote_work_order.request, "get")
    iterate = _rt.async_pages(_list_quote_work_orders.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteWorkOrders", "QuoteWorkOrders"]
