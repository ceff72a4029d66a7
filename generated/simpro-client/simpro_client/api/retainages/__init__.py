"""The operations tagged retainages: `client.retainages` (Retainages) and
`client.aio.retainages` (AsyncRetainages). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_retainage as _create_retainage
from . import delete_retainage as _delete_retainage
from . import get_retainage as _get_retainage
from . import list_retainages as _list_retainages
from . import update_retainage as _update_retainage


class Retainages(_rt.Resource):
    """The operations tagged retainages, as `client.retainages.<method>(...)`."""

    list = _rt.operation(_list_retainages.request, "list")
    create = _rt.operation(_create_retainage.request, "create")
    get = _rt.operation(_get_retainage.request, "get")
    delete = _rt.operation(_delete_retainage.request, "delete")
    update = _rt.operation(_update_retainage.request, "update")
    iterate = _rt.pages(_list_retainages.request, "iterate", "page", "page_size")


class AsyncRetainages(_rt.AsyncResource):
    """The operations tagged retainages, awaited: `await client.aio.retainages.<method>(...)`."""

    list = _rt.async_operation(_list_retainages.request, "list")
    create = _rt.async_operation(_create_retainage.request, "create")
    get = _rt.async_operation(_get_retainage.request, "get")
    delete = _rt.async_operation(_delete_retainage.request, "delete")
    update = _rt.async_operation(_update_retainage.request, "update")
    iterate = _rt.async_pages(_list_retainages.request, "iterate", "page", "page_size")


__all__ = ["AsyncRetainages", "Retainages"]
