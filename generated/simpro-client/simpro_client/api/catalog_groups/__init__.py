"""The operations tagged catalog_groups: `client.catalog_groups` (CatalogGroups) and
`client.aio.catalog_groups` (AsyncCatalogGroups). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_catalog_group as _create_catalog_group
from . import delete_catalog_group as _delete_catalog_group
from . import get_catalog_group as _get_catalog_group
from . import list_catalog_groups as _list_catalog_groups
from . import update_catalog_group as _update_catalog_group


class CatalogGroups(_rt.Resource):
    """The operations tagged catalog_groups, as `client.catalog_groups.<method>(...)`."""

    list = _rt.operation(_list_catalog_groups.request, "list")
    create = _rt.operation(_create_catalog_group.request, "create")
    get = _rt.operation(_get_catalog_group.request, "get")
    delete = _rt.operation(_delete_catalog_group.request, "delete")
    update = _rt.operation(_update_catalog_group.request, "update")
    iterate = _rt.pages(_list_catalog_groups.request, "iterate", "page", "page_size")


class AsyncCatalogGroups(_rt.AsyncResource):
    """The operations tagged catalog_groups, awaited: `await client.aio.catalog_groups.<method>(...)`."""

    list = _rt.async_operation(_list_catalog_groups.request, "list")
    create = _rt.async_operation(_create_catalog_group.request, "create")
    get = _rt.async_operation(_get_catalog_group.request, "get")
    delete = _rt.async_operation(_delete_catalog_group.request, "delete")
    update = _rt.async_operation(_update_catalog_group.request, "update")
    iterate = _rt.async_pages(_list_catalog_groups.request, "iterate", "page", "page_size")


__all__ = ["AsyncCatalogGroups", "CatalogGroups"]
