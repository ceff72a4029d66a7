"""The operations tagged catalog_item_custom_fields_setup: `client.catalog_item_custom_fields_setup` (CatalogItemCustomFieldsSetup) and
`client.aio.catalog_item_custom_fields_setup` (AsyncCatalogItemCustomFieldsSetup). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_catalog_item_custom_fields_setup as _create_catalog_item_custom_fields_setup
from . import delete_catalog_item_custom_fields_setup as _delete_catalog_item_custom_fields_setup
from . import get_catalog_item_custom_fields_setup as _get_catalog_item_custom_fields_setup
from . import list_catalog_item_custom_fields_setups as _list_catalog_item_custom_fields_setups
from . import update_catalog_item_custom_fields_setup as _update_catalog_item_custom_fields_setup


class CatalogItemCustomFieldsSetup(_rt.Resource):
    """The operations tagged catalog_item_custom_fields_setup, as `client.catalog_item_custom_fields_setup.<method>(...)`."""

    list_catalog_item_custom_fields_setups = _rt.operation(
        _list_catalog_item_custom_fields_setups.request, "list_catalog_item_custom_fields_setups"
    )
    create = _rt.operation(_create_catalog_item_custom_fields_setup.request, "create")
    get = _rt.operation(_get_catalog_item_custom_fields_setup.request, "get")
    delete = _rt.operation(_delete_catalog_item_custom_fields_setup.request, "delete")
    update = _rt.operation(_update_catalog_item_custom_fields_setup.request, "update")
    iterate_catalog_item_custom_fields_setups = _rt.pages(
        _list_catalog_item_custom_fields_setups.request,
        "iterate_catalog_item_custom_fields_setups",
        "page",
        "page_size",
    )


class AsyncCatalogItemCustomFieldsSetup(_rt.AsyncResource):
    """The operations tagged catalog_item_custom_fields_setup, awaited: `await client.aio.catalog_item_custom_fields_setup.<method>(...)`."""

    list_catalog_item_custom_fields_setups = _rt.async_operation(
        _list_catalog_item_custom_fields_setups.request, "list_catalog_item_custom_fields_setups"
    )
    create = _rt.async_operation(_create_catalog_item_custom_fields_setup.request, "create")
    get = _rt.async_operation(_get_catalog_item_custom_fields_setup.request, "get")
    delete = _rt.async_operation(_delete_catalog_item_custom_fields_setup.request, "delete")
    update = _rt.async_operation(_update_catalog_item_custom_fields_setup.request, "update")
    iterate_catalog_item_custom_fields_setups = _rt.async_pages(
        _list_catalog_item_custom_fields_setups.request,
        "iterate_catalog_item_custom_fields_setups",
        "page",
        "page_size",
    )


__all__ = ["AsyncCatalogItemCustomFieldsSetup", "CatalogItemCustomFieldsSetup"]
