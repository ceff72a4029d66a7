"""The operations tagged plant_and_equipment_services: `client.plant_and_equipment_services` (PlantAndEquipmentServices) and
`client.aio.plant_and_equipment_services` (AsyncPlantAndEquipmentServices). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_plant_and_equipment_service as _create_plant_and_equipment_service
from . import delete_plant_and_equipment_service as _delete_plant_and_equipment_service
from . import get_plant_and_equipment_service as _get_plant_and_equipment_service
from . import list_plant_and_equipment_services as _list_plant_and_equipment_services


class PlantAndEquipmentServices(_rt.Resource):
    """The operations tagged plant_and_equipment_services, as `client.plant_and_equipment_services.<method>(...)`."""

    list = _rt.operation(_list_plant_and_equipment_services.request, "list")
    create = _rt.operation(_create_plant_and_equipment_service.request, "create")
    get = _rt.operation(_get_plant_and_equipment_service.request, "get")
    delete = _rt.operation(_delete_plant_and_equipment_service.request, "delete")
    iterate = _rt.pages(_list_plant_and_equipment_services.request, "iterate", "page", "page_size")


class AsyncPlantAndEquipmentServices(_rt.AsyncResource):
    """The operations tagged plant_and_equipment_services, awaited: `await client.aio.plant_and_equipment_services.<method>(...)`."""

    list = _rt.async_operation(_list_plant_and_equipment_services.request, "list")
    create = _rt.async_operation(_create_plant_and_equipment_service.request, "create")
    get = _rt.async_operation(_get_plant_and_equipment_service.request, "get")
    delete = _rt.async_operation(_delete_plant_and_equipment_service.request, "delete")
    iterate = _rt.async_pages(_list_plant_and_equipment_services.request, "iterate", "page", "page_size")


__all__ = ["AsyncPlantAndEquipmentServices", "PlantAndEquipmentServices"]
