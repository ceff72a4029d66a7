"""The operations tagged customer_tasks: `client.customer_tasks` (CustomerTasks) and
`client.aio.customer_tasks` (AsyncCustomerTasks). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_customer_task as _get_customer_task
from . import list_customer_tasks as _list_customer_tasks


class CustomerTasks(_rt.Resource):
    """The operations tagged customer_tasks, as `client.customer_tasks.<method>(...)`."""

    list = _rt.operation(_list_customer_tasks.request, "list")
    get = _rt.operation(_get_customer_task.request, "get")
    iterate = _rt.pages(_list_customer_tasks.request, "iterate", "page", "page_size")


class AsyncCustomerTasks(_rt.AsyncResource):
    """The operations tagged customer_tasks, awaited: `await client.aio.customer_tasks.<method>(...)`."""

    list = _rt.async_operation(_list_customer_tasks.request, "list")
    get = _rt.async_operation(_get_customer_task.request, "get")
    iterate = _rt.async_pages(_list_customer_tasks.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerTasks", "CustomerTasks"]
