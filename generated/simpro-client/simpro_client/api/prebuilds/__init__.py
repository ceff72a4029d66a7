"""The operations tagged prebuilds: `client.prebuilds` (Prebuilds) and
`client.aio.prebuilds` (AsyncPrebuilds). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_set_price_prebuild as _create_set_price_prebuild
from . import create_standard_price_prebuild as _create_standard_price_prebuild
from . import delete_set_price_prebuild as _delete_set_price_prebuild
from . import delete_standard_price_prebuild as _delete_standard_price_prebuild
from . import get_set_price_prebuild as _get_set_price_prebuild
from . import get_standard_price_prebuild as _get_standard_price_prebuild
from . import list_prebuilds as _list_prebuilds
from . import list_set_price_prebuilds as _list_set_price_prebuilds
from . import list_standard_price_prebuilds as _list_standard_price_prebuilds
from . import update_set_price_prebuild as _update_set_price_prebuild
from . import update_standard_price_prebuild as _update_standard_price_prebuild


class Prebuilds(_rt.Resource):
    """The operations tagged prebuilds, as `client.prebuilds.<method>(...)`."""

    list = _rt.operation(_list_prebuilds.request, "list")
    list_set_price = _rt.operation(_list_set_price_prebuilds.request, "list_set_price")
    create_set_price = _rt.operation(_create_set_price_prebuild.request, "create_set_price")
    get_set_price = _rt.operation(_get_set_price_prebuild.request, "get_set_price")
    delete_set_price = _rt.operation(_delete_set_price_prebuild.request, "delete_set_price")
    update_set_price = _rt.operation(_update_set_price_prebuild.request, "update_set_price")
    list_standard_price = _rt.operation(_list_standard_price_prebuilds.request, "list_standard_price")
    create_standard_price = _rt.operation(_create_standard_price_prebuild.request, "create_standard_price")
    get_standard_price = _rt.operation(_get_standard_price_prebuild.request, "get_standard_price")
    delete_standard_price = _rt.operation(_delete_standard_price_prebuild.request, "delete_standard_price")
    update_standard_price = _rt.operation(_update_standard_price_prebuild.request, "update_standard_price")
    iterate = _rt.pages(_list_prebuilds.request, "iterate", "page", "page_size")
    iterate_set_price = _rt.pages(_list_set_price_prebuilds.request, "iterate_set_price", "page", "page_size")
    iterate_standard_price = _rt.pages(
        _list_standard_price_prebuilds.request, "iterate_standard_price", "page", "page_size"
    )


class AsyncPrebuilds(_rt.AsyncResource):
    """The operations tagged prebuilds, awaited: `await client.aio.prebuilds.<method>(...)`."""

    list = _rt.async_operation(_list_prebuilds.request, "list")
    list_set_price = _rt.async_operation(_list_set_price_prebuilds.request, "list_set_price")
    create_set_price = _rt.async_operation(_create_set_price_prebuild.request, "create_set_price")
    get_set_price = _rt.async_operation(_get_set_price_prebuild.request, "get_set_price")
    delete_set_price = _rt.async_operation(_delete_set_price_prebuild.request, "delete_set_price")
    update_set_price = _rt.async_operation(_update_set_price_prebuild.request, "update_set_price")
    list_standard_price = _rt.async_operation(_list_standard_price_prebuilds.request, "list_standard_price")
    create_standard_price = _rt.async_operation(_create_standard_price_prebuild.request, "create_standard_price")
    get_standard_price = _rt.async_operation(_get_standard_price_prebuild.request, "get_standard_price")
    delete_standard_price = _rt.async_operation(_delete_standard_price_prebuild.request, "delete_standard_price")
    update_standard_price = _rt.async_operation(_update_standard_price_prebuild.request, "update_standard_price")
    iterate = _rt.async_pages(_list_prebuilds.request, "iterate", "page", "page_size")
    iterate_set_price = _rt.async_pages(_list_set_price_prebuilds.request, "iterate_set_price", "page", "page_size")
    iterate_standard_price = _rt.async_pages(
        _list_standard_price_prebuilds.request, "iterate_standard_price", "page", "page_size"
    )


__all__ = ["AsyncPrebuilds", "Prebuilds"]
