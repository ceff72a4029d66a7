"""The operations tagged tasks: `client.tasks` (Tasks) and
`client.aio.tasks` (AsyncTasks). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_task as _create_task
from . import delete_task as _delete_task
from . import get_task as _get_task
from . import list_tasks as _list_tasks
from . import update_task as _update_task


class Tasks(_rt.Resource):
    """The operations tagged tasks, as `client.tasks.<method>(...)`."""

    list = _rt.operation(_list_tasks.request, "list")
    create = _rt.operation(_create_task.request, "create")
    get = _rt.operation(_get_task.request, "get")
    delete = _rt.operation(_delete_task.request, "delete")
    update = _rt.operation(_update_task.request, "update")
    iterate = _rt.pages(_list_tasks.request, "iterate", "page", "page_size")


class AsyncTasks(_rt.AsyncResource):
    """The operations tagged tasks, awaited: `await client.aio.tasks.<method>(...)`."""

    list = _rt.async_operation(_list_tasks.request, "list")
    create = _rt.async_operation(_create_task.request, "create")
    get = _rt.async_operation(_get_task.request, "get")
    delete = _rt.async_operation(_delete_task.request, "delete")
    update = _rt.async_operation(_update_task.request, "update")
    iterate = _rt.async_pages(_list_tasks.request, "iterate", "page", "page_size")


__all__ = ["AsyncTasks", "Tasks"]
