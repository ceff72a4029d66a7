"""The operations tagged employee_custom_fields_setup: `client.employee_custom_fields_setup` (EmployeeCustomFieldsSetup) and
`client.aio.employee_custom_fields_setup` (AsyncEmployeeCustomFieldsSetup). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_employee_custom_fields_setup as _create_employee_custom_fields_setup
from . import delete_employee_custom_fields_setup as _delete_employee_custom_fields_setup
from . import get_employee_custom_fields_setup as _get_employee_custom_fields_setup
from . import list_employee_custom_fields_setups as _list_employee_custom_fields_setups
from . import update_employee_custom_fields_setup as _update_employee_custom_fields_setup


class EmployeeCustomFieldsSetup(_rt.Resource):
    """The operations tagged employee_custom_fields_setup, as `client.employee_custom_fields_setup.<method>(...)`."""

    list_employee_custom_fields_setups = _rt.operation(
        _list_employee_custom_fields_setups.request, "list_employee_custom_fields_setups"
    )
    create = _rt.operation(_create_employee_custom_fields_setup.request, "create")
    get = _rt.operation(_get_employee_custom_fields_setup.request, "get")
    delete = _rt.operation(_delete_employee_custom_fields_setup.request, "delete")
    update = _rt.operation(_update_employee_custom_fields_setup.request, "update")
    iterate_employee_custom_fields_setups = _rt.pages(
        _list_employee_custom_fields_setups.request, "iterate_employee_custom_fields_setups", "page", "page_size"
    )


class AsyncEmployeeCustomFieldsSetup(_rt.AsyncResource):
    """The operations tagged employee_custom_fields_setup, awaited: `await client.aio.employee_custom_fields_setup.<method>(...)`."""

    list_employee_custom_fields_setups = _rt.async_operation(
        _list_employee_custom_fields_setups.request, "list_employee_custom_fields_setups"
    )
    create = _rt.async_operation(_create_employee_custom_fields_setup.request, "create")
    get = _rt.async_operation(_get_employee_custom_fields_setup.request, "get")
    delete = _rt.async_operation(_delete_employee_custom_fields_setup.request, "delete")
    update = _rt.async_operation(_update_employee_custom_fields_setup.request, "update")
    iterate_employee_custom_fields_setups = _rt.async_pages(
        _list_employee_custom_fields_setups.request, "iterate_employee_custom_fields_setups", "page", "page_size"
    )


__all__ = ["AsyncEmployeeCustomFieldsSetup", "EmployeeCustomFieldsSetup"]
