"""The operations tagged employee_custom_fields: `client.employee_custom_fields` (EmployeeCustomFields) and
`client.aio.employee_custom_fields` (AsyncEmployeeCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_employee_custom_field as _get_employee_custom_field
from . import list_employee_custom_fields as _list_employee_custom_fields
from . import update_employee_custom_field as _update_employee_custom_field


class EmployeeCustomFields(_rt.Resource):
    """The operations tagged employee_custom_fields, as `client.employee_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_employee_custom_fields.request, "list")
    get = _rt.operation(_get_employee_custom_field.request, "get")
    update = _rt.operation(_update_employee_custom_field.request, "update")
    iterate = _rt.pages(_list_employee_custom_fields.request, "iterate", "page", "page_size")


class AsyncEmployeeCustomFields(_rt.AsyncResource):
    """The operations tagged employee_custom_fields, awaited: `await client.aio.employee_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_employee_custom_fields.request, "list")
    get = _rt.async_operation(_get_employee_custom_field.request, "get")
    update = _rt.async_operation(_update_employee_custom_field.request, "update")
    iterate = _rt.async_pages(_list_employee_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncEmployeeCustomFields", "EmployeeCustomFields"]
