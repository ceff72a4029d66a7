"""The operations tagged plant_and_equipment_attachments: `client.plant_and_equipment_attachments` (PlantAndEquipmentAttachments) and
`client.aio.plant_and_equipment_attachments` (AsyncPlantAndEquipmentAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_plant_and_equipment_attachment as _create_plant_and_equipment_attachment
from . import delete_plant_and_equipment_attachment as _delete_plant_and_equipment_attachment
from . import get_plant_and_equipment_attachment as _get_plant_and_equipment_attachment
from . import list_plant_and_equipment_attachments as _list_plant_and_equipment_attachments
from . import update_plant_and_equipment_attachment as _update_plant_and_equipment_attachment


class PlantAndEquipmentAttachments(_rt.Resource):
    """The operations tagged plant_and_equipment_attachments, as `client.plant_and_equipment_attachments.<method>(...)`."""

    list = _rt.operation(_list_plant_and_equipment_attachments.request, "list")
    create = _rt.operation(_create_plant_and_equipment_attachment.request, "create")
    get = _rt.operation(_get_plant_and_equipment_attachment.request, "get")
    delete = _rt.operation(_delete_plant_and_equipment_attachment.request, "delete")
    update = _rt.operation(_update_plant_and_equipment_attachment.request, "update")
    iterate = _rt.pages(_list_plant_and_equipment_attachments.request, "iterate", "page", "page_size")


class AsyncPlantAndEquipmentAttachments(_rt.AsyncResource):
    """The operations tagged plant_and_equipment_attachments, awaited: `await client.aio.plant_and_equipment_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_plant_and_equipment_attachments.request, "list")
    create = _rt.async_operation(_create_plant_and_equipment_attachment.request, "create")
    get = _rt.async_operation(_get_plant_and_equipment_attachment.request, "get")
    delete = _rt.async_operation(_delete_plant_and_equipment_attachment.request, "delete")
    update = _rt.async_operation(_update_plant_and_equipment_attachment.request, "update")
    iterate = _rt.async_pages(_list_plant_and_equipment_attachments.request, "iterate", "page", "page_size")


__all__ = ["AsyncPlantAndEquipmentAttachments", "PlantAndEquipmentAttachments"]
