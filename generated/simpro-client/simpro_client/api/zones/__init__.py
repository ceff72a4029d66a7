"""The operations tagged zones: `client.zones` (Zones) and
`client.aio.zones` (AsyncZones). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_zone as _create_zone
from . import delete_zone as _delete_zone
from . import get_zone as _get_zone
from . import list_zones as _list_zones
from . import update_zone as _update_zone


class Zones(_rt.Resource):
    """The operations tagged zones, as `client.zones.<method>(...)`."""

    list = _rt.operation(_list_zones.request, "list")
    create = _rt.operation(_create_zone.request, "create")
    get = _rt.operation(_get_zone.request, "get")
    delete = _rt.operation(_delete_zone.request, "delete")
    update = _rt.operation(_update_zone.request, "update")
    iterate = _rt.pages(_list_zones.request, "iterate", "page", "page_size")


class AsyncZones(_rt.AsyncResource):
    """The operations tagged zones, awaited: `await client.aio.zones.<method>(...)`."""

    list = _rt.async_operation(_list_zones.request, "list")
    create = _rt.async_operation(_create_zone.request, "create")
    get = _rt.async_operation(_get_zone.request, "get")
    delete = _rt.async_operation(_delete_zone.request, "delete")
    update = _rt.async_operation(_update_zone.request, "update")
    iterate = _rt.async_pages(_list_zones.request, "iterate", "page", "page_size")


__all__ = ["AsyncZones", "Zones"]
