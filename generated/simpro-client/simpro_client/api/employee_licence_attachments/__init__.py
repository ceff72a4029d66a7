"""The operations tagged employee_licence_attachments: `client.employee_licence_attachments` (EmployeeLicenceAttachments) and
`client.aio.employee_licence_attachments` (AsyncEmployeeLicenceAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_employee_licence_attachment as _create_employee_licence_attachment
from . import delete_employee_licence_attachment as _delete_employee_licence_attachment
from . import get_employee_licence_attachment as _get_employee_licence_attachment
from . import list_employee_licence_attachments as _list_employee_licence_attachments
from . import update_employee_licence_attachment as _update_employee_licence_attachment


class EmployeeLicenceAttachments(_rt.Resource):
    """The operations tagged employee_licence_attachments, as `client.employee_licence_attachments.<method>(...)`."""

    list = _rt.operation(_list_employee_licence_attachments.request, "list")
    create = _rt.operation(_create_employee_licence_attachment.request, "create")
    get = _rt.operation(_get_employee_licence_attachment.request, "get")
    delete = _rt.operation(_delete_employee_licence_attachment.request, "delete")
    update = _rt.operation(_update_employee_licence_attachment.request, "update")
    iterate = _rt.pages(_list_employee_licence_attachments.request, "iterate", "page", "page_size")


class AsyncEmployeeLicenceAttachments(_rt.AsyncResource):
    """The operations tagged employee_licence_attachments, awaited: `await client.aio.employee_licence_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_employee_licence_attachments.request, "list")
    create = _rt.async_operation(_create_employee_licence_attachment.request, "create")
    get = _rt.async_operation(_get_employee_licence_attachment.request, "get")
    delete = _rt.async_operation(_delete_employee_licence_attachment.request, "delete")
    update = _rt.async_operation(_update_employee_licence_attachment.request, "update")
    iterate = _rt.async_pages(_list_employee_licence_attachments.request, "iterate", "page", "page_size")


__all__ = ["AsyncEmployeeLicenceAttachments", "EmployeeLicenceAttachments"]
