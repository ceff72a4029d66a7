"""The operations tagged stock_items: `client.stock_items` (StockItems) and
`client.aio.stock_items` (AsyncStockItems). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_stock_item as _get_stock_item
from . import list_stock_items as _list_stock_items


class StockItems(_rt.Resource):
    """The operations tagged stock_items, as `client.stock_items.<method>(...)`."""

    list = _rt.operation(_list_stock_items.request, "list")
    get = _rt.operation(_get_stock_item.request, "get")
    iterate = _rt.pages(_list_stock_items.request, "iterate", "page", "page_size")


class AsyncStockItems(_rt.AsyncResource):
    """The operations tagged stock_items, awaited: `await client.aio.stock_items.<method>(...)`."""

    list = _rt.async_operation(_list_stock_items.request, "list")
    get = _rt.async_operation(_get_stock_item.request, "get")
    iterate = _rt.async_pages(_list_stock_items.request, "iterate", "page", "page_size")


__all__ = ["AsyncStockItems", "StockItems"]
