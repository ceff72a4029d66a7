"""The operations tagged catalog_custom_fields: `client.catalog_custom_fields` (CatalogCustomFields) and
`client.aio.catalog_custom_fields` (AsyncCatalogCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_catalog_custom_field as _get_catalog_custom_field
from . import list_catalog_custom_fields as _list_catalog_custom_fields
from . import update_catalog_custom_field as _update_catalog_custom_field


class CatalogCustomFields(_rt.Resource):
    """The operations tagged catalog_custom_fields, as `client.catalog_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_catalog_custom_fields.request, "list")
    get = _rt.operation(_get_catalog_custom_field.request, "get")
    update = _rt.operation(_update_catalog_custom_field.request, "update")
    iterate = _rt.pages(_list_catalog_custom_fields.request, "iterate", "page", "page_size")


class AsyncCatalogCustomFields(_rt.AsyncResource):
    """The operations tagged catalog_custom_fields, awaited: `await client.aio.catalog_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_catalog_custom_fields.request, "list")
    get = _rt.async_operation(_get_catalog_custom_field.request, "get")
    update = _rt.async_operation(_update_catalog_custom_field.request, "update")
    iterate = _rt.async_pages(_list_catalog_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncCatalogCustomFields", "CatalogCustomFields"]
