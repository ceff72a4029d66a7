"""The operations tagged employees: `client.employees` (Employees) and
`client.aio.employees` (AsyncEmployees). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_employee as _create_employee
from . import delete_employee as _delete_employee
from . import get_employee as _get_employee
from . import list_employees as _list_employees
from . import update_employee as _update_employee


class Employees(_rt.Resource):
    """The operations tagged employees, as `client.employees.<method>(...)`."""

    list = _rt.operation(_list_employees.request, "list")
    create = _rt.operation(_create_employee.request, "create")
    get = _rt.operation(_get_employee.request, "get")
    delete = _rt.operation(_delete_employee.request, "delete")
    update = _rt.operation(_update_employee.request, "update")
    iterate = _rt.pages(_list_employees.request, "iterate", "page", "page_size")


class AsyncEmployees(_rt.AsyncResource):
    """The operations tagged employees, awaited: `await client.aio.employees.<method>(...)`."""

    list = _rt.async_operation(_list_employees.request, "list")
    create = _rt.async_operation(_create_employee.request, "create")
    get = _rt.async_operation(_get_employee.request, "get")
    delete = _rt.async_operation(_delete_employee.request, "delete")
    update = _rt.async_operation(_update_employee.request, "update")
    iterate = _rt.async_pages(_list_employees.request, "iterate", "page", "page_size")


__all__ = ["AsyncEmployees", "Employees"]
