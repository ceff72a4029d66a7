"""The operations tagged purchases: `client.purchases` (Purchases) and
`client.aio.purchases` (AsyncPurchases). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_purchase as _create_purchase


class Purchases(_rt.Resource):
    """The operations tagged purchases, as `client.purchases.<method>(...)`."""

    create = _rt.operation(_create_purchase.request, "create")


class AsyncPurchases(_rt.AsyncResource):
    """The operations tagged purchases, awaited: `await client.aio.purchases.<method>(...)`."""

    create = _rt.async_operation(_create_purchase.request, "create")


__all__ = ["AsyncPurchases", "Purchases"]
