"""The operations tagged project_status_codes: `client.project_status_codes` (ProjectStatusCodes) and
`client.aio.project_status_codes` (AsyncProjectStatusCodes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_project_status_code as _create_project_status_code
from . import delete_project_status_code as _delete_project_status_code
from . import get_project_status_code as _get_project_status_code
from . import list_project_status_codes as _list_project_status_codes
from . import update_project_status_code as _update_project_status_code


class ProjectStatusCodes(_rt.Resource):
    """The operations tagged project_status_codes, as `client.project_status_codes.<method>(...)`."""

    list = _rt.operation(_list_project_status_codes.request, "list")
    create = _rt.operation(_create_project_status_code.request, "create")
    get = _rt.operation(_get_project_status_code.request, "get")
    delete = _rt.operation(_delete_project_status_code.request, "delete")
    update = _rt.operation(_update_project_status_code.request, "update")
    iterate = _rt.pages(_list_project_status_codes.request, "iterate", "page", "page_size")


class AsyncProjectStatusCodes(_rt.AsyncResource):
    """The operations tagged project_status_codes, awaited: `await client.aio.project_status_codes.<method>(...)`."""

    list = _rt.async_operation(_list_project_status_codes.request, "list")
    create = _rt.async_operation(_create_project_status_code.request, "create")
    get = _rt.async_operation(_get_project_status_code.request, "get")
    delete = _rt.async_operation(_delete_project_status_code.request, "delete")
    update = _rt.async_operation(_update_project_status_code.request, "update")
    iterate = _rt.async_pages(_list_project_status_codes.request, "iterate", "page", "page_size")


__all__ = ["AsyncProjectStatusCodes", "ProjectStatusCodes"]
