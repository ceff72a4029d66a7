"""The operations tagged quote_cost_center_work_orders: `client.quote_cost_center_work_orders` (QuoteCostCenterWorkOrders) and
`client.aio.quote_cost_center_work_orders` (AsyncQuoteCostCenterWorkOrders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_quote_cost_center_work_order as _create_quote_cost_center_work_order
from . import get_quote_cost_center_work_order as _get_quote_cost_center_work_order
from . import list_quote_cost_center_work_orders as _list_quote_cost_center_work_orders
from . import update_quote_cost_center_work_order as _update_quote_cost_center_work_order


class QuoteCostCenterWorkOrders(_rt.Resource):
    """The operations tagged quote_cost_center_work_orders, as `client.quote_cost_center_work_orders.<method>(...)`."""

    list = _rt.operation(_list_quote_cost_center_work_orders.request, "list")
    create = _rt.operation(_create_quote_cost_center_work_order.request, "create")
    get = _rt.operation(_get_quote_cost_center_work_order.request, "get")
    update = _rt.operation(_update_quote_cost_center_work_order.request, "update")
    iterate = _rt.pages(_list_quote_cost_center_work_orders.request, "iterate", "page", "page_size")


class AsyncQuoteCostCenterWorkOrders(_rt.AsyncResource):
    """The operations tagged quote_cost_center_work_orders, awaited: `await client.aio.quote_cost_center_work_orders.<method>(...)`."""

    list = _rt.async_operation(_list_quote_cost_center_work_orders.request, "list")
    create = _rt.async_operation(_create_quote_cost_center_work_order.request, "create")
    get = _rt.async_operation(_get_quote_cost_center_work_order.request, "get")
    update = _rt.async_operation(_update_quote_cost_center_work_order.request, "update")
    iterate = _rt.async_pages(_list_quote_cost_center_work_orders.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteCostCenterWorkOrders", "QuoteCostCenterWorkOrders"]
