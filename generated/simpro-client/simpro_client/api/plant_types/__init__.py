"""The operations tagged plant_types: `client.plant_types` (PlantTypes) and
`client.aio.plant_types` (AsyncPlantTypes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_plant_type as _create_plant_type
from . import delete_plant_type as _delete_plant_type
from . import get_plant_type as _get_plant_type
from . import list_plant_types as _list_plant_types
from . import update_plant_type as _update_plant_type


class PlantTypes(_rt.Resource):
    """The operations tagged plant_types, as `client.plant_types.<method>(...)`."""

    list = _rt.operation(_list_plant_types.request, "list")
    create = _rt.operation(_create_plant_type.request, "create")
    get = _rt.operation(_get_plant_type.request, "get")
    delete = _rt.operation(_delete_plant_type.request, "delete")
    update = _rt.operation(_update_plant_type.request, "update")
    iterate = _rt.pages(_list_plant_types.request, "iterate", "page", "page_size")


class AsyncPlantTypes(_rt.AsyncResource):
    """The operations tagged plant_types, awaited: `await client.aio.plant_types.<method>(...)`."""

    list = _rt.async_operation(_list_plant_types.request, "list")
    create = _rt.async_operation(_create_plant_type.request, "create")
    get = _rt.async_operation(_get_plant_type.request, "get")
    delete = _rt.async_operation(_delete_plant_type.request, "delete")
    update = _rt.async_operation(_update_plant_type.request, "update")
    iterate = _rt.async_pages(_list_plant_types.request, "iterate", "page", "page_size")


__all__ = ["AsyncPlantTypes", "PlantTypes"]
