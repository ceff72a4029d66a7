"""The operations tagged service_levels: `client.service_levels` (ServiceLevels) and
`client.aio.service_levels` (AsyncServiceLevels). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_service_level as _create_service_level
from . import delete_service_level as _delete_service_level
from . import get_service_level as _get_service_level
from . import list_service_levels as _list_service_levels
from . import update_service_level as _update_service_level


class ServiceLevels(_rt.Resource):
    """The operations tagged service_levels, as `client.service_levels.<method>(...)`."""

    list = _rt.operation(_list_service_levels.request, "list")
    create = _rt.operation(_create_service_level.request, "create")
    get = _rt.operation(_get_service_level.request, "get")
    delete = _rt.operation(_delete_service_level.request, "delete")
    update = _rt.operation(_update_service_level.request, "update")
    iterate = _rt.pages(_list_service_levels.request, "iterate", "page", "page_size")


class AsyncServiceLevels(_rt.AsyncResource):
    """The operations tagged service_levels, awaited: `await client.aio.service_levels.<method>(...)`."""

    list = _rt.async_operation(_list_service_levels.request, "list")
    create = _rt.async_operation(_create_service_level.request, "create")
    get = _rt.async_operation(_get_service_level.request, "get")
    delete = _rt.async_operation(_delete_service_level.request, "delete")
    update = _rt.async_operation(_update_service_level.request, "update")
    iterate = _rt.async_pages(_list_service_levels.request, "iterate", "page", "page_size")


__all__ = ["AsyncServiceLevels", "ServiceLevels"]
