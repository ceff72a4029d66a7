"""The operations tagged prebuild_catalogs: `client.prebuild_catalogs` (PrebuildCatalogs) and
`client.aio.prebuild_catalogs` (AsyncPrebuildCatalogs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_prebuild_catalog as _create_prebuild_catalog
from . import delete_prebuild_catalog as _delete_prebuild_catalog
from . import get_prebuild_catalog as _get_prebuild_catalog
from . import list_prebuild_catalogs as _list_prebuild_catalogs
from . import update_prebuild_catalog as _update_prebuild_catalog


class PrebuildCatalogs(_rt.Resource):
    """The operations tagged prebuild_catalogs, as `client.prebuild_catalogs.<method>(...)`."""

    list = _rt.operation(_list_prebuild_catalogs.request, "list")
    create = _rt.operation(_create_prebuild_catalog.request, "create")
    get = _rt.operation(_get_prebuild_catalog.request, "get")
    delete = _rt.operation(_delete_prebuild_catalog.request, "delete")
    update = _rt.operation(_update_prebuild_catalog.request, "update")
    iterate = _rt.pages(_list_prebuild_catalogs.request, "iterate", "page", "page_size")


class AsyncPrebuildCatalogs(_rt.AsyncResource):
    """The operations tagged prebuild_catalogs, awaited: `await client.aio.prebuild_catalogs.<method>(...)`."""

    list = _rt.async_operation(_list_prebuild_catalogs.request, "list")
    create = _rt.async_operation(_create_prebuild_catalog.request, "create")
    get = _rt.async_operation(_get_prebuild_catalog.request, "get")
    delete = _rt.async_operation(_delete_prebuild_catalog.request, "delete")
    update = _rt.async_operation(_update_prebuild_catalog.request, "update")
    iterate = _rt.async_pages(_list_prebuild_catalogs.request, "iterate", "page", "page_size")


__all__ = ["AsyncPrebuildCatalogs", "PrebuildCatalogs"]
