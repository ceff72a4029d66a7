"""The operations tagged stock_allocations: `client.stock_allocations` (StockAllocations) and
`client.aio.stock_allocations` (AsyncStockAllocations). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_stock_allocation as _get_stock_allocation
from . import list_stock_allocations as _list_stock_allocations


class StockAllocations(_rt.Resource):
    """The operations tagged stock_allocations, as `client.stock_allocations.<method>(...)`."""

    list = _rt.operation(_list_stock_allocations.request, "list")
    get = _rt.operation(_get_stock_allocation.request, "get")
    iterate = _rt.pages(_list_stock_allocations.request, "iterate", "page", "page_size")


class AsyncStockAllocations(_rt.AsyncResource):
    """The operations tagged stock_allocations, awaited: `await client.aio.stock_allocations.<method>(...)`."""

    list = _rt.async_operation(_list_stock_allocations.request, "list")
    get = _rt.async_operation(_get_stock_allocation.request, "get")
    iterate = _rt.async_pages(_list_stock_allocations.request, "iterate", "page", "page_size")


__all__ = ["AsyncStockAllocations", "StockAllocations"]
