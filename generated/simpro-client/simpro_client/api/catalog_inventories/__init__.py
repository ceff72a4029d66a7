"""The operations tagged catalog_inventories: `client.catalog_inventories` (CatalogInventories) and
`client.aio.catalog_inventories` (AsyncCatalogInventories). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_catalog_inventory as _get_catalog_inventory
from . import list_catalog_inventories as _list_catalog_inventories
from . import update_catalog_inventory as _update_catalog_inventory


class CatalogInventories(_rt.Resource):
    """The operations tagged catalog_inventories, as `client.catalog_inventories.<method>(...)`."""

    list = _rt.operation(_list_catalog_inventories.request, "list")
    get = _rt.operation(_get_catalog_inventory.request, "get")
    update = _rt.operation(_update_catalog_inventory.request, "update")
    iterate = _rt.pages(_list_catalog_inventories.request, "iterate", "page", "page_size")


class AsyncCatalogInventories(_rt.AsyncResource):
    """The operations tagged catalog_inventories, awaited: `await client.aio.catalog_inventories.<method>(...)`."""

    list = _rt.async_operation(_list_catalog_inventories.request, "list")
    get = _rt.async_operation(_get_catalog_inventory.request, "get")
    update = _rt.async_operation(_update_catalog_inventory.request, "update")
    iterate = _rt.async_pages(_list_catalog_inventories.request, "iterate", "page", "page_size")


__all__ = ["AsyncCatalogInventories", "CatalogInventories"]
