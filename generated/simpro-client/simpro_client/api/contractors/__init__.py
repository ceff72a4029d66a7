"""The operations tagged contractors: `client.contractors` (Contractors) and
`client.aio.contractors` (AsyncContractors). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_contractor as _create_contractor
from . import delete_contractor as _delete_contractor
from . import get_contractor as _get_contractor
from . import list_contractors as _list_contractors
from . import update_contractor as _update_contractor


class Contractors(_rt.Resource):
    """The operations tagged contractors, as `client.contractors.<method>(...)`."""

    list = _rt.operation(_list_contractors.request, "list")
    create = _rt.operation(_create_contractor.request, "create")
    get = _rt.operation(_get_contractor.request, "get")
    delete = _rt.operation(_delete_contractor.request, "delete")
    update = _rt.operation(_update_contractor.request, "update")
    iterate = _rt.pages(_list_contractors.request, "iterate", "page", "page_size")


class AsyncContractors(_rt.AsyncResource):
    """The operations tagged contractors, awaited: `await client.aio.contractors.<method>(...)`."""

    list = _rt.async_operation(_list_contractors.request, "list")
    create = _rt.async_operation(_create_contractor.request, "create")
    get = _rt.async_operation(_get_contractor.request, "get")
    delete = _rt.async_operation(_delete_contractor.request, "delete")
    update = _rt.async_operation(_update_contractor.request, "update")
    iterate = _rt.async_pages(_list_contractors.request, "iterate", "page", "page_size")


__all__ = ["AsyncContractors", "Contractors"]
