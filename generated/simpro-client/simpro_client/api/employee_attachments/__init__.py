"""The operations tagged employee_attachments: `client.employee_attachments` (EmployeeAttachments) and
`client.aio.employee_attachments` (AsyncEmployeeAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_employee_attachment as _create_employee_attachment
from . import delete_employee_attachment as _delete_employee_attachment
from . import get_employee_attachment as _get_employee_attachment
from . import list_employee_attachments as _list_employee_attachments
from . import update_employee_attachment as _update_employee_attachment


class EmployeeAttachments(_rt.Resource):
    """The operations tagged employee_attachments, as `client.employee_attachments.<method>(...)`."""

    list = _rt.operation(_list_employee_attachments.request, "list")
    create = _rt.operation(_create_employee_attachment.request, "create")
    get = _rt.operation(_get_employee_attachment.request, "get")
    delete = _rt.operation(_delete_employee_attachment.request, "delete")
    update = _rt.operation(_update_employee_attachment.request, "update")
    iterate = _rt.pages(_list_employee_attachments.request, "iterate", "page", "page_size")


class AsyncEmployeeAttachments(_rt.AsyncResource):
    """The operations tagged employee_attachments, awaited: `await client.aio.employee_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_employee_attachments.request, "list")
    create = _rt.async_operation(_create_employee_attachment.request, "create")
    get = _rt.async_operation(_get_employee_attachment.request, "get")
    delete = _rt.async_operation(_delete_employee_attachment.request, "delete")
    update = _rt.async_operation(_update_employee_attachment.request, "update")
    iterate = _rt.async_pages(_list_employee_attachments.request, "iterate", "page", "page_size")


__all__ = ["AsyncEmployeeAttachments", "EmployeeAttachments"]
