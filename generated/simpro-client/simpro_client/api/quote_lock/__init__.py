"""The operations tagged quote_lock: `client.quote_lock` (QuoteLock) and
`client.aio.quote_lock` (AsyncQuoteLock). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_quote_lock as _create_quote_lock
from . import delete_quote_lock as _delete_quote_lock


class QuoteLock(_rt.Resource):
    """The operations tagged quote_lock, as `client.quote_lock.<method>(...)`."""

    create = _rt.operation(_create_quote_lock.request, "create")
    delete = _rt.operation(_delete_quote_lock.request, "delete")


class AsyncQuoteLock(_rt.AsyncResource):
    """The operations tagged quote_lock, awaited: `await client.aio.quote_lock.<method>(...)`."""

    create = _rt.async_operation(_create_quote_lock.request, "create")
    delete = _rt.async_operation(_delete_quote_lock.request, "delete")


__all__ = ["AsyncQuoteLock", "QuoteLock"]
