"""The operations tagged employee_licences: `client.employee_licences` (EmployeeLicences) and
`client.aio.employee_licences` (AsyncEmployeeLicences). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_employee_licence as _create_employee_licence
from . import delete_employee_licence as _delete_employee_licence
from . import get_employee_licence as _get_employee_licence
from . import list_employee_licences as _list_employee_licences
from . import update_employee_licence as _update_employee_licence


class EmployeeLicences(_rt.Resource):
    """The operations tagged employee_licences, as `client.employee_licences.<method>(...)`."""

    list = _rt.operation(_list_employee_licences.request, "list")
    create = _rt.operation(_create_employee_licence.request, "create")
    get = _rt.operation(_get_employee_licence.request, "get")
    delete = _rt.operation(_delete_employee_licence.request, "delete")
    update = _rt.operation(_update_employee_licence.request, "update")
    iterate = _rt.pages(_list_employee_licences.request, "iterate", "page", "page_size")


class AsyncEmployeeLicences(_rt.AsyncResource):
    """The operations tagged employee_licences, awaited: `await client.aio.employee_licences.<method>(...)`."""

    list = _rt.async_operation(_list_employee_licences.request, "list")
    create = _rt.async_operation(_create_employee_licence.request, "create")
    get = _rt.async_operation(_get_employee_licence.request, "get")
    delete = _rt.async_operation(_delete_employee_licence.request, "delete")
    update = _rt.async_operation(_update_employee_licence.request, "update")
    iterate = _rt.async_pages(_list_employee_licences.request, "iterate", "page", "page_size")


__all__ = ["AsyncEmployeeLicences", "EmployeeLicences"]
