"""The operations tagged quote_logs: `client.quote_logs` (QuoteLogs) and
`client.aio.quote_logs` (AsyncQuoteLogs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_quote_log as _get_quote_log
from . import list_quote_logs as _list_quote_logs


class QuoteLogs(_rt.Resource):
    """The operations tagged quote_logs, as `client.quote_logs.<method>(...)`."""

    list = _rt.operation(_list_quote_logs.request, "list")
    get = _rt.operation(_get_quote_log.request, "get")
    iterate = _rt.pages(_list_quote_logs.request, "iterate", "page", "page_size")


class AsyncQuoteLogs(_rt.AsyncResource):
    """The operations tagged quote_logs, awaited: `await client.aio.quote_logs.<method>(...)`."""

    list = _rt.async_operation(_list_quote_logs.request, "list")
    get = _rt.async_operation(_get_quote_log.request, "get")
    iterate = _rt.async_pages(_list_quote_logs.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteLogs", "QuoteLogs"]
