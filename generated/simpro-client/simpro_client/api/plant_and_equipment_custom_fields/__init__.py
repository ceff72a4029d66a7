"""The operations tagged plant_and_equipment_custom_fields: `client.plant_and_equipment_custom_fields` (PlantAndEquipmentCustomFields) and
`client.aio.plant_and_equipment_custom_fields` (AsyncPlantAndEquipmentCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_plant_and_equipment_custom_field as _get_plant_and_equipment_custom_field
from . import list_plant_and_equipment_custom_fields as _list_plant_and_equipment_custom_fields
from . import update_plant_and_equipment_custom_field as _update_plant_and_equipment_custom_field


class PlantAndEquipmentCustomFields(_rt.Resource):
    """The operations tagged plant_and_equipment_custom_fields, as `client.plant_and_equipment_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_plant_and_equipment_custom_fields.request, "list")
    get = _rt.operation(_get_plant_and_equipment_custom_field.request, "get")
    update = _rt.operation(_update_plant_and_equipment_custom_field.request, "update")
    iterate = _rt.pages(_list_plant_and_equipment_custom_fields.request, "iterate", "page", "page_size")


class AsyncPlantAndEquipmentCustomFields(_rt.AsyncResource):
    """The operations tagged plant_and_equipment_custom_fields, awaited: `await client.aio.plant_and_equipment_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_plant_and_equipment_custom_fields.request, "list")
    get = _rt.async_operation(_get_plant_and_equipment_custom_field.request, "get")
    update = _rt.async_operation(_update_plant_and_equipment_custom_field.request, "update")
    iterate = _rt.async_pages(_list_plant_and_equipment_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncPlantAndEquipmentCustomFields", "PlantAndEquipmentCustomFields"]
