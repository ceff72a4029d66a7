"""The operations tagged stock_takes: `client.stock_takes` (StockTakes) and
`client.aio.stock_takes` (AsyncStockTakes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_stock_take as _create_stock_take
from . import delete_stock_take as _delete_stock_take
from . import get_stock_take as _get_stock_take
from . import list_stock_takes as _list_stock_takes
from . import update_stock_take as _update_stock_take


class StockTakes(_rt.Resource):
    """The operations tagged stock_takes, as `client.stock_takes.<method>(...)`."""

    list = _rt.operation(_list_stock_takes.request, "list")
    create = _rt.operation(_create_stock_take.request, "create")
    get = _rt.operation(_get_stock_take.request, "get")
    delete = _rt.operation(_delete_stock_take.request, "delete")
    update = _rt.operation(_update_stock_take.request, "update")
    iterate = _rt.pages(_list_stock_takes.request, "iterate", "page", "page_size")


class AsyncStockTakes(_rt.AsyncResource):
    """The operations tagged stock_takes, awaited: `await client.aio.stock_takes.<method>(...)`."""

    list = _rt.async_operation(_list_stock_takes.request, "list")
    create = _rt.async_operation(_create_stock_take.request, "create")
    get = _rt.async_operation(_get_stock_take.request, "get")
    delete = _rt.async_operation(_delete_stock_take.request, "delete")
    update = _rt.async_operation(_update_stock_take.request, "update")
    iterate = _rt.async_pages(_list_stock_takes.request, "iterate", "page", "page_size")


__all__ = ["AsyncStockTakes", "StockTakes"]
