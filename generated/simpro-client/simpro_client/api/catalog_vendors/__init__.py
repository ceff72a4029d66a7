"""The operations tagged catalog_vendors: `client.catalog_vendors` (CatalogVendors) and
`client.aio.catalog_vendors` (AsyncCatalogVendors). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_catalog_item_vendor as _create_catalog_item_vendor
from . import delete_catalog_item_vendor as _delete_catalog_item_vendor
from . import get_catalog_item_vendor as _get_catalog_item_vendor
from . import list_catalog_item_vendors as _list_catalog_item_vendors
from . import update_catalog_item_vendor as _update_catalog_item_vendor


class CatalogVendors(_rt.Resource):
    """The operations tagged catalog_vendors, as `client.catalog_vendors.<method>(...)`."""

    list_catalog_item_vendors = _rt.operation(_list_catalog_item_vendors.request, "list_catalog_item_vendors")
    create_catalog_item_vendor = _rt.operation(_create_catalog_item_vendor.request, "create_catalog_item_vendor")
    get_catalog_item_vendor = _rt.operation(_get_catalog_item_vendor.request, "get_catalog_item_vendor")
    delete_catalog_item_vendor = _rt.operation(_delete_catalog_item_vendor.request, "delete_catalog_item_vendor")
    update_catalog_item_vendor = _rt.operation(_update_catalog_item_vendor.request, "update_catalog_item_vendor")
    iterate_catalog_item_vendors = _rt.pages(
        _list_catalog_item_vendors.request, "iterate_catalog_item_vendors", "page", "page_size"
    )


class AsyncCatalogVendors(_rt.AsyncResource):
    """The operations tagged catalog_vendors, awaited: `await client.aio.catalog_vendors.<method>(...)`."""

    list_catalog_item_vendors = _rt.async_operation(_list_catalog_item_vendors.request, "list_catalog_item_vendors")
    create_catalog_item_vendor = _rt.async_operation(_create_catalog_item_vendor.request, "create_catalog_item_vendor")
    get_catalog_item_vendor = _rt.async_operation(_get_catalog_item_vendor.request, "get_catalog_item_vendor")
    delete_catalog_item_vendor = _rt.async_operation(_delete_catalog_item_vendor.request, "delete_catalog_item_vendor")
    update_catalog_item_vendor = _rt.async_operation(_update_catalog_item_vendor.request, "update_catalog_item_vendor")
    iterate_catalog_item_vendors = _rt.async_pages(
        _list_catalog_item_vendors.request, "iterate_catalog_item_vendors", "page", "page_size"
    )


__all__ = ["AsyncCatalogVendors", "CatalogVendors"]
