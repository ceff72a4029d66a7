"""The operations tagged customer_logs: `client.customer_logs` (CustomerLogs) and
`client.aio.customer_logs` (AsyncCustomerLogs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_customer_log as _get_customer_log
from . import list_customer_logs as _list_customer_logs


class CustomerLogs(_rt.Resource):
    """The operations tagged customer_logs, as `client.customer_logs.<method>(...)`."""

    list = _rt.operation(_list_customer_logs.request, "list")
    get = _rt.operation(_get_customer_log.request, "get")
    iterate = _rt.pages(_list_customer_logs.request, "iterate", "page", "page_size")


class AsyncCustomerLogs(_rt.AsyncResource):
    """The operations tagged customer_logs, awaited: `await client.aio.customer_logs.<method>(...)`."""

    list = _rt.async_operation(_list_customer_logs.request, "list")
    get = _rt.async_operation(_get_customer_log.request, "get")
    iterate = _rt.async_pages(_list_customer_logs.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerLogs", "CustomerLogs"]
