"""The operations tagged mobile_status_logs: `client.mobile_status_logs` (MobileStatusLogs) and
`client.aio.mobile_status_logs` (AsyncMobileStatusLogs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_mobile_status_log as _get_mobile_status_log
from . import list_mobile_status_logs as _list_mobile_status_logs


class MobileStatusLogs(_rt.Resource):
    """The operations tagged mobile_status_logs, as `client.mobile_status_logs.<method>(...)`."""

    list = _rt.operation(_list_mobile_status_logs.request, "list")
    get = _rt.operation(_get_mobile_status_log.request, "get")
    iterate = _rt.pages(_list_mobile_status_logs.request, "iterate", "page", "page_size")


class AsyncMobileStatusLogs(_rt.AsyncResource):
    """The operations tagged mobile_status_logs, awaited: `await client.aio.mobile_status_logs.<method>(...)`."""

    list = _rt.async_operation(_list_mobile_status_logs.request, "list")
    get = _rt.async_operation(_get_mobile_status_log.request, "get")
    iterate = _rt.async_pages(_list_mobile_status_logs.request, "iterate", "page", "page_size")


__all__ = ["AsyncMobileStatusLogs", "MobileStatusLogs"]
