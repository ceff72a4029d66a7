"""The operations tagged stock_take_reasons: `client.stock_take_reasons` (StockTakeReasons) and
`client.aio.stock_take_reasons` (AsyncStockTakeReasons). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_stock_take_reason as _create_stock_take_reason
from . import delete_stock_take_reason as _delete_stock_take_reason
from . import get_stock_take_reason as _get_stock_take_reason
from . import list_stock_take_reasons as _list_stock_take_reasons
from . import update_stock_take_reason as _update_stock_take_reason


class StockTakeReasons(_rt.Resource):
    """The operations tagged stock_take_reasons, as `client.stock_take_reasons.<method>(...)`."""

    list = _rt.operation(_list_stock_take_reasons.request, "list")
    create = _rt.operation(_create_stock_take_reason.request, "create")
    get = _rt.operation(_get_stock_take_reason.request, "get")
    delete = _rt.operation(_delete_stock_take_reason.request, "delete")
    update = _rt.operation(_update_stock_take_reason.request, "update")
    iterate = _rt.pages(_list_stock_take_reasons.request, "iterate", "page", "page_size")


class AsyncStockTakeReasons(_rt.AsyncResource):
    """The operations tagged stock_take_reasons, awaited: `await client.aio.stock_take_reasons.<method>(...)`."""

    list = _rt.async_operation(_list_stock_take_reasons.request, "list")
    create = _rt.async_operation(_create_stock_take_reason.request, "create")
    get = _rt.async_operation(_get_stock_take_reason.request, "get")
    delete = _rt.async_operation(_delete_stock_take_reason.request, "delete")
    update = _rt.async_operation(_update_stock_take_reason.request, "update")
    iterate = _rt.async_pages(_list_stock_take_reasons.request, "iterate", "page", "page_size")


__all__ = ["AsyncStockTakeReasons", "StockTakeReasons"]
