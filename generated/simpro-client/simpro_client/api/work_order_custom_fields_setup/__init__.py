"""The operations tagged work_order_custom_fields_setup: `client.work_order_custom_fields_setup` (WorkOrderCustomFieldsSetup) and
`client.aio.work_order_custom_fields_setup` (AsyncWorkOrderCustomFieldsSetup). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_work_order_custom_fields_setup as _create_work_order_custom_fields_setup
from . import delete_work_order_custom_fields_setup as _delete_work_order_custom_fields_setup
from . import get_work_order_custom_fields_setup as _get_work_order_custom_fields_setup
from . import list_work_order_custom_fields_setups as _list_work_order_custom_fields_setups
from . import update_work_order_custom_fields_setup as _update_work_order_custom_fields_setup


class WorkOrderCustomFieldsSetup(_rt.Resource):
    """The operations tagged work_order_custom_fields_setup, as `client.work_order_custom_fields_setup.<method>(...)`."""

    list_work_order_custom_fields_setups = _rt.operation(
        _list_work_order_custom_fields_setups.request, "list_work_order_custom_fields_setups"
    )
    create = _rt.operation(_create_work_order_custom_fields_setup.request, "create")
    get = _rt.operation(_get_work_order_custom_fields_setup.request, "get")
    delete = _rt.operation(_delete_work_order_custom_fields_setup.request, "delete")
    update = _rt.operation(_update_work_order_custom_fields_setup.request, "update")
    iterate_work_order_custom_fields_setups = _rt.pages(
        _list_work_order_custom_fields_setups.request, "iterate_work_order_custom_fields_setups", "page", "page_size"
    )


class AsyncWorkOrderCustomFieldsSetup(_rt.AsyncResource):
    """The operations tagged work_order_custom_fields_setup, awaited: `await client.aio.work_order_custom_fields_setup.<method>(...)`."""

    list_work_order_custom_fields_setups = _rt.async_operation(
        _list_work_order_custom_fields_setups.request, "list_work_order_custom_fields_setups"
    )
    create = _rt.async_operation(_create_work_order_custom_fields_setup.request, "create")
    get = _rt.async_operation(_get_work_order_custom_fields_setup.request, "get")
    delete = _rt.async_operation(_delete_work_order_custom_fields_setup.request, "delete")
    update = _rt.async_operation(_update_work_order_custom_fields_setup.request, "update")
    iterate_work_order_custom_fields_setups = _rt.async_pages(
        _list_work_order_custom_fields_setups.request, "iterate_work_order_custom_fields_setups", "page", "page_size"
    )


__all__ = ["AsyncWorkOrderCustomFieldsSetup", "WorkOrderCustomFieldsSetup"]
