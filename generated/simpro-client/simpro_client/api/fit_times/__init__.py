"""The operations tagged fit_times: `client.fit_times` (FitTimes) and
`client.aio.fit_times` (AsyncFitTimes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_fit_time as _create_fit_time
from . import delete_fit_time as _delete_fit_time
from . import get_fit_time as _get_fit_time
from . import list_fit_times as _list_fit_times
from . import update_fit_time as _update_fit_time


class FitTimes(_rt.Resource):
    """The operations tagged fit_times, as `client.fit_times.<method>(...)`."""

    list = _rt.operation(_list_fit_times.request, "list")
    create = _rt.operation(_create_fit_time.request, "create")
    get = _rt.operation(_get_fit_time.request, "get")
    delete = _rt.operation(_delete_fit_time.request, "delete")
    update = _rt.operation(_update_fit_time.request, "update")
    iterate = _rt.pages(_list_fit_times.request, "iterate", "page", "page_size")


class AsyncFitTimes(_rt.AsyncResource):
    """The operations tagged fit_times, awaited: `await client.aio.fit_times.<method>(...)`."""

    list = _rt.async_operation(_list_fit_times.request, "list")
    create = _rt.async_operation(_create_fit_time.request, "create")
    get = _rt.async_operation(_get_fit_time.request, "get")
    delete = _rt.async_operation(_delete_fit_time.request, "delete")
    update = _rt.async_operation(_update_fit_time.request, "update")
    iterate = _rt.async_pages(_list_fit_times.request, "iterate", "page", "page_size")


__all__ = ["AsyncFitTimes", "FitTimes"]
