"""The operations tagged failure_points: `client.failure_points` (FailurePoints) and
`client.aio.failure_points` (AsyncFailurePoints). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_failure_point as _create_failure_point
from . import delete_failure_point as _delete_failure_point
from . import get_failure_point as _get_failure_point
from . import list_failure_points as _list_failure_points
from . import update_failure_point as _update_failure_point


class FailurePoints(_rt.Resource):
    """The operations tagged failure_points, as `client.failure_points.<method>(...)`."""

    list = _rt.operation(_list_failure_points.request, "list")
    create = _rt.operation(_create_failure_point.request, "create")
    get = _rt.operation(_get_failure_point.request, "get")
    delete = _rt.operation(_delete_failure_point.request, "delete")
    update = _rt.operation(_update_failure_point.request, "update")
    iterate = _rt.pages(_list_failure_points.request, "iterate", "page", "page_size")


class AsyncFailurePoints(_rt.AsyncResource):
    """The operations tagged failure_points, awaited: `await client.aio.failure_points.<method>(...)`."""

    list = _rt.async_operation(_list_failure_points.request, "list")
    create = _rt.async_operation(_create_failure_point.request, "create")
    get = _rt.async_operation(_get_failure_point.request, "get")
    delete = _rt.async_operation(_delete_failure_point.request, "delete")
    update = _rt.async_operation(_update_failure_point.request, "update")
    iterate = _rt.async_pages(_list_failure_points.request, "iterate", "page", "page_size")


__all__ = ["AsyncFailurePoints", "FailurePoints"]
