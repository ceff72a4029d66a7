"""The operations tagged staff: `client.staff` (Staff) and
`client.aio.staff` (AsyncStaff). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_staff as _get_staff
from . import list_staffs as _list_staffs


class Staff(_rt.Resource):
    """The operations tagged staff, as `client.staff.<method>(...)`."""

    list_staffs = _rt.operation(_list_staffs.request, "list_staffs")
    get = _rt.operation(_get_staff.request, "get")
    iterate_staffs = _rt.pages(_list_staffs.request, "iterate_staffs", "page", "page_size")


class AsyncStaff(_rt.AsyncResource):
    """The operations tagged staff, awaited: `await client.aio.staff.<method>(...)`."""

    list_staffs = _rt.async_operation(_list_staffs.request, "list_staffs")
    get = _rt.async_operation(_get_staff.request, "get")
    iterate_staffs = _rt.async_pages(_list_staffs.request, "iterate_staffs", "page", "page_size")


__all__ = ["AsyncStaff", "Staff"]
