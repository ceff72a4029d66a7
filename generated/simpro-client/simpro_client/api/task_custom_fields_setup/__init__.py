"""The operations tagged task_custom_fields_setup: `client.task_custom_fields_setup` (TaskCustomFieldsSetup) and
`client.aio.task_custom_fields_setup` (AsyncTaskCustomFieldsSetup). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_task_custom_fields_setup as _create_task_custom_fields_setup
from . import delete_task_custom_fields_setup as _delete_task_custom_fields_setup
from . import get_task_custom_fields_setup as _get_task_custom_fields_setup
from . import list_task_custom_fields_setups as _list_task_custom_fields_setups
from . import update_task_custom_fields_setup as _update_task_custom_fields_setup


class TaskCustomFieldsSetup(_rt.Resource):
    """The operations tagged task_custom_fields_setup, as `client.task_custom_fields_setup.<method>(...)`."""

    list_task_custom_fields_setups = _rt.operation(
        _list_task_custom_fields_setups.request, "list_task_custom_fields_setups"
    )
    create = _rt.operation(_create_task_custom_fields_setup.request, "create")
    get = _rt.operation(_get_task_custom_fields_setup.request, "get")
    delete = _rt.operation(_delete_task_custom_fields_setup.request, "delete")
    update = _rt.operation(_update_task_custom_fields_setup.request, "update")
    iterate_task_custom_fields_setups = _rt.pages(
        _list_task_custom_fields_setups.request, "iterate_task_custom_fields_setups", "page", "page_size"
    )


class AsyncTaskCustomFieldsSetup(_rt.AsyncResource):
    """The operations tagged task_custom_fields_setup, awaited: `await client.aio.task_custom_fields_setup.<method>(...)`."""

    list_task_custom_fields_setups = _rt.async_operation(
        _list_task_custom_fields_setups.request, "list_task_custom_fields_setups"
    )
    create = _rt.async_operation(_create_task_custom_fields_setup.request, "create")
    get = _rt.async_operation(_get_task_custom_fields_setup.request, "get")
    delete = _rt.async_operation(_delete_task_custom_fields_setup.request, "delete")
    update = _rt.async_operation(_update_task_custom_fields_setup.request, "update")
    iterate_task_custom_fields_setups = _rt.async_pages(
        _list_task_custom_fields_setups.request, "iterate_task_custom_fields_setups", "page", "page_size"
    )


__all__ = ["AsyncTaskCustomFieldsSetup", "TaskCustomFieldsSetup"]
