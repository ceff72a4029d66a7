"""The operations tagged take_off_template_catalogs: `client.take_off_template_catalogs` (TakeOffTemplateCatalogs) and
`client.aio.take_off_template_catalogs` (AsyncTakeOffTemplateCatalogs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_take_off_template_catalog as _create_take_off_template_catalog
from . import delete_take_off_template_catalog as _delete_take_off_template_catalog
from . import get_take_off_template_catalog as _get_take_off_template_catalog
from . import list_take_off_template_catalogs as _list_take_off_template_catalogs
from . import update_take_off_template_catalog as _update_take_off_template_catalog


class TakeOffTemplateCatalogs(_rt.Resource):
    """The operations tagged take_off_template_catalogs, as `client.take_off_template_catalogs.<method>(...)`."""

    list = _rt.operation(_list_take_off_template_catalogs.request, "list")
    create = _rt.operation(_create_take_off_template_catalog.request, "create")
    get = _rt.operation(_get_take_off_template_catalog.request, "get")
    delete = _rt.operation(_delete_take_off_template_catalog.request, "delete")
    update = _rt.operation(_update_take_off_template_catalog.request, "update")
    iterate = _rt.pages(_list_take_off_template_catalogs.request, "iterate", "page", "page_size")


class AsyncTakeOffTemplateCatalogs(_rt.AsyncResource):
    """The operations tagged take_off_template_catalogs, awaited: `await client.aio.take_off_template_catalogs.<method>(...)`."""

    list = _rt.async_operation(_list_take_off_template_catalogs.request, "list")
    create = _rt.async_operation(_create_take_off_template_catalog.request, "create")
    get = _rt.async_operation(_get_take_off_template_catalog.request, "get")
    delete = _rt.async_operation(_delete_take_off_template_catalog.request, "delete")
    update = _rt.async_operation(_update_take_off_template_catalog.request, "update")
    iterate = _rt.async_pages(_list_take_off_template_catalogs.request, "iterate", "page", "page_size")


__all__ = ["AsyncTakeOffTemplateCatalogs", "TakeOffTemplateCatalogs"]
