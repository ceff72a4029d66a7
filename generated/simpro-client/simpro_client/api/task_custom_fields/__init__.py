"""The operations tagged task_custom_fields: `client.task_custom_fields` (TaskCustomFields) and
`client.aio.task_custom_fields` (AsyncTaskCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_task_custom_field as _get_task_custom_field
from . import list_task_custom_fields as _list_task_custom_fields
from . import update_task_custom_field as _update_task_custom_field


class TaskCustomFields(_rt.Resource):
    """The operations tagged task_custom_fields, as `client.task_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_task_custom_fields.request, "list")
    get = _rt.operation(_get_task_custom_field.request, "get")
    update = _rt.operation(_update_task_custom_field.request, "update")
    iterate = _rt.pages(_list_task_custom_fields.request, "iterate", "page", "page_size")


class AsyncTaskCustomFields(_rt.AsyncResource):
    """The operations tagged task_custom_fields, awaited: `await client.aio.task_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_task_custom_fields.request, "list")
    get = _rt.async_operation(_get_task_custom_field.request, "get")
    update = _rt.async_operation(_update_task_custom_field.request, "update")
    iterate = _rt.async_pages(_list_task_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncTaskCustomFields", "TaskCustomFields"]
