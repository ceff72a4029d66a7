"""The operations tagged plant_and_equipment: `client.plant_and_equipment` (PlantAndEquipment) and
`client.aio.plant_and_equipment` (AsyncPlantAndEquipment). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_plant_and_equipment as _create_plant_and_equipment
from . import delete_plant_and_equipment as _delete_plant_and_equipment
from . import get_plant_and_equipment as _get_plant_and_equipment
from . import list_plant_and_equipments as _list_plant_and_equipments
from . import update_plant_and_equipment as _update_plant_and_equipment


class PlantAndEquipment(_rt.Resource):
    """The operations tagged plant_and_equipment, as `client.plant_and_equipment.<method>(...)`."""

    list_plant_and_equipments = _rt.operation(_list_plant_and_equipments.request, "list_plant_and_equipments")
    create = _rt.operation(_create_plant_and_equipment.request, "create")
    get = _rt.operation(_get_plant_and_equipment.request, "get")
    delete = _rt.operation(_delete_plant_and_equipment.request, "delete")
    update = _rt.operation(_update_plant_and_equipment.request, "update")
    iterate_plant_and_equipments = _rt.pages(
        _list_plant_and_equipments.request, "iterate_plant_and_equipments", "page", "page_size"
    )


class AsyncPlantAndEquipment(_rt.AsyncResource):
    """The operations tagged plant_and_equipment, awaited: `await client.aio.plant_and_equipment.<method>(...)`."""

    list_plant_and_equipments = _rt.async_operation(_list_plant_and_equipments.request, "list_plant_and_equipments")
    create = _rt.async_operation(_create_plant_and_equipment.request, "create")
    get = _rt.async_operation(_get_plant_and_equipment.request, "get")
    delete = _rt.async_operation(_delete_plant_and_equipment.request, "delete")
    update = _rt.async_operation(_update_plant_and_equipment.request, "update")
    iterate_plant_and_equipments = _rt.async_pages(
        _list_plant_and_equipments.request, "iterate_plant_and_equipments", "page", "page_size"
    )


__all__ = ["AsyncPlantAndEquipment", "PlantAndEquipment"]
