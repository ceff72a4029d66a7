"""The operations tagged stock_transfers: `client.stock_transfers` (StockTransfers) and
`client.aio.stock_transfers` (AsyncStockTransfers). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_stock_transfer as _create_stock_transfer


class StockTransfers(_rt.Resource):
    """The operations tagged stock_transfers, as `client.stock_transfers.<method>(...)`."""

    create = _rt.operation(_create_stock_transfer.request, "create")


class AsyncStockTransfers(_rt.AsyncResource):
    """The operations tagged stock_transfers, awaited: `await client.aio.stock_transfers.<method>(...)`."""

    create = _rt.async_operation(_create_stock_transfer.request, "create")


__all__ = ["AsyncStockTransfers", "StockTransfers"]
