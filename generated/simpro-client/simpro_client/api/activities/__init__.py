"""The operations tagged activities: `client.activities` (Activities) and
`client.aio.activities` (AsyncActivities). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_activity as _create_activity
from . import delete_activity as _delete_activity
from . import get_activity as _get_activity
from . import list_activities as _list_activities
from . import update_activity as _update_activity


class Activities(_rt.Resource):
    """The operations tagged activities, as `client.activities.<method>(...)`."""

    list = _rt.operation(_list_activities.request, "list")
    create = _rt.operation(_create_activity.request, "create")
    get = _rt.operation(_get_activity.request, "get")
    delete = _rt.operation(_delete_activity.request, "delete")
    update = _rt.operation(_update_activity.request, "update")
    iterate = _rt.pages(_list_activities.request, "iterate", "page", "page_size")


class AsyncActivities(_rt.AsyncResource):
    """The operations tagged activities, awaited: `await client.aio.activities.<method>(...)`."""

    list = _rt.async_operation(_list_activities.request, "list")
    create = _rt.async_operation(_create_activity.request, "create")
    get = _rt.async_operation(_get_activity.request, "get")
    delete = _rt.async_operation(_delete_activity.request, "delete")
    update = _rt.async_operation(_update_activity.request, "update")
    iterate = _rt.async_pages(_list_activities.request, "iterate", "page", "page_size")


__all__ = ["AsyncActivities", "Activities"]
