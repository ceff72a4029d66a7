"""The operations tagged catalogs: `client.catalogs` (Catalogs) and
`client.aio.catalogs` (AsyncCatalogs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_catalog as _create_catalog
from . import delete_catalog as _delete_catalog
from . import get_catalog as _get_catalog
from . import list_catalogs as _list_catalogs
from . import update_catalog as _update_catalog


class Catalogs(_rt.Resource):
    """The operations tagged catalogs, as `client.catalogs.<method>(...)`."""

    list = _rt.operation(_list_catalogs.request, "list")
    create = _rt.operation(_create_catalog.request, "create")
    get = _rt.operation(_get_catalog.request, "get")
    delete = _rt.operation(_delete_catalog.request, "delete")
    update = _rt.operation(_update_catalog.request, "update")
    iterate = _rt.pages(_list_catalogs.request, "iterate", "page", "page_size")


class AsyncCatalogs(_rt.AsyncResource):
    """The operations tagged catalogs, awaited: `await client.aio.catalogs.<method>(...)`."""

    list = _rt.async_operation(_list_catalogs.request, "list")
    create = _rt.async_operation(_create_catalog.request, "create")
    get = _rt.async_operation(_get_catalog.request, "get")
    delete = _rt.async_operation(_delete_catalog.request, "delete")
    update = _rt.async_operation(_update_catalog.request, "update")
    iterate = _rt.async_pages(_list_catalogs.request, "iterate", "page", "page_size")


__all__ = ["AsyncCatalogs", "Catalogs"]
