"""The operations tagged plant_and_equipment_attachment_folders: `client.plant_and_equipment_attachment_folders` (PlantAndEquipmentAttachmentFolders) and
`client.aio.plant_and_equipment_attachment_folders` (AsyncPlantAndEquipmentAttachmentFolders). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_plant_and_equipment_attachment_folder as _create_plant_and_equipment_attachment_folder
from . import delete_plant_and_equipment_attachment_folder as _delete_plant_and_equipment_attachment_folder
from . import get_plant_and_equipment_attachment_folder as _get_plant_and_equipment_attachment_folder
from . import list_plant_and_equipment_attachment_folders as _list_plant_and_equipment_attachment_folders
from . import update_plant_and_equipment_attachment_folder as _update_plant_and_equipment_attachment_folder


class PlantAndEquipmentAttachmentFolders(_rt.Resource):
    """The operations tagged plant_and_equipment_attachment_folders, as `client.plant_and_equipment_attachment_folders.<method>(...)`."""

    list = _rt.operation(_list_plant_and_equipment_attachment_folders.request, "list")
    create = _rt.operation(_create_plant_and_equipment_attachment_folder.request, "create")
    get = _rt.operation(_get_plant_and_equipment_attachment_folder.request, "get")
    delete = _rt.operation(_delete_plant_and_equipment_attachment_folder.request, "delete")
    update = _rt.operation(_update_plant_and_equipment_attachment_folder.request, "update")
    iterate = _rt.pages(_list_plant_and_equipment_attachment_folders.request, "iterate", "page", "page_size")


class AsyncPlantAndEquipmentAttachmentFolders(_rt.AsyncResource):
    """The operations tagged plant_and_equipment_attachment_folders, awaited: `await client.aio.plant_and_equipment_attachment_folders.<method>(...)`."""

    list = _rt.async_operation(_list_plant_and_equipment_attachment_folders.request, "list")
    create = _rt.async_operation(_create_plant_and_equipment_attachment_folder.request, "create")
    get = _rt.async_operation(_get_plant_and_equipment_attachment_folder.request, "get")
    delete = _rt.async_operation(_delete_plant_and_equipment_attachment_folder.request, "delete")
    update = _rt.async_operation(_update_plant_and_equipment_attachment_folder.request, "update")
    iterate = _rt.async_pages(_list_plant_and_equipment_attachment_folders.request, "iterate", "page", "page_size")


__all__ = ["AsyncPlantAndEquipmentAttachmentFolders", "PlantAndEquipmentAttachmentFolders"]
