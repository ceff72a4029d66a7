"""The operations tagged response_times: `client.response_times` (ResponseTimes) and
`client.aio.response_times` (AsyncResponseTimes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_response_time as _create_response_time
from . import delete_response_time as _delete_response_time
from . import get_response_time as _get_response_time
from . import list_response_times as _list_response_times
from . import update_response_time as _update_response_time


class ResponseTimes(_rt.Resource):
    """The operations tagged response_times, as `client.response_times.<method>(...)`."""

    list = _rt.operation(_list_response_times.request, "list")
    create = _rt.operation(_create_response_time.request, "create")
    get = _rt.operation(_get_response_time.request, "get")
    delete = _rt.operation(_delete_response_time.request, "delete")
    update = _rt.operation(_update_response_time.request, "update")
    iterate = _rt.pages(_list_response_times.request, "iterate", "page", "page_size")


class AsyncResponseTimes(_rt.AsyncResource):
    """The operations tagged response_times, awaited: `await client.aio.response_times.<method>(...)`."""

    list = _rt.async_operation(_list_response_times.request, "list")
    create = _rt.async_operation(_create_response_time.request, "create")
    get = _rt.async_operation(_get_response_time.request, "get")
    delete = _rt.async_operation(_delete_response_time.request, "delete")
    update = _rt.async_operation(_update_response_time.request, "update")
    iterate = _rt.async_pages(_list_response_times.request, "iterate", "page", "page_size")


__all__ = ["AsyncResponseTimes", "ResponseTimes"]
