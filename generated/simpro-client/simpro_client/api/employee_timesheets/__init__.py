"""The operations tagged employee_timesheets: `client.employee_timesheets` (EmployeeTimesheets) and
`client.aio.employee_timesheets` (AsyncEmployeeTimesheets). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import list_employee_timesheets as _list_employee_timesheets


class EmployeeTimesheets(_rt.Resource):
    """The operations tagged employee_timesheets, as `client.employee_timesheets.<method>(...)`."""

    list = _rt.operation(_list_employee_timesheets.request, "list")


class AsyncEmployeeTimesheets(_rt.AsyncResource):
    """The operations tagged employee_timesheets, awaited: `await client.aio.employee_timesheets.<method>(...)`."""

    list = _rt.async_operation(_list_employee_timesheets.request, "list")


__all__ = ["AsyncEmployeeTimesheets", "EmployeeTimesheets"]
