"""The operations tagged task_categories: `client.task_categories` (TaskCategories) and
`client.aio.task_categories` (AsyncTaskCategories). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_task_category as _create_task_category
from . import delete_task_category as _delete_task_category
from . import get_task_category as _get_task_category
from . import list_task_categories as _list_task_categories
from . import update_task_category as _update_task_category


class TaskCategories(_rt.Resource):
    """The operations tagged task_categories, as `client.task_categories.<method>(...)`."""

    list = _rt.operation(_list_task_categories.request, "list")
    create = _rt.operation(_create_task_category.request, "create")
    get = _rt.operation(_get_task_category.request, "get")
    delete = _rt.operation(_delete_task_category.request, "delete")
    update = _rt.operation(_update_task_category.request, "update")
    iterate = _rt.pages(_list_task_categories.request, "iterate", "page", "page_size")


class AsyncTaskCategories(_rt.AsyncResource):
    """The operations tagged task_categories, awaited: `await client.aio.task_categories.<method>(...)`."""

    list = _rt.async_operation(_list_task_categories.request, "list")
    create = _rt.async_operation(_create_task_category.request, "create")
    get = _rt.async_operation(_get_task_category.request, "get")
    delete = _rt.async_operation(_delete_task_category.request, "delete")
    update = _rt.async_operation(_update_task_category.request, "update")
    iterate = _rt.async_pages(_list_task_categories.request, "iterate", "page", "page_size")


__all__ = ["AsyncTaskCategories", "TaskCategories"]
