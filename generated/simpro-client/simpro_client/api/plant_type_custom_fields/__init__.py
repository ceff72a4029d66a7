"""The operations tagged plant_type_custom_fields: `client.plant_type_custom_fields` (PlantTypeCustomFields) and
`client.aio.plant_type_custom_fields` (AsyncPlantTypeCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_plant_type_custom_field as _create_plant_type_custom_field
from . import delete_plant_type_custom_field as _delete_plant_type_custom_field
from . import get_plant_type_custom_field as _get_plant_type_custom_field
from . import list_plant_type_custom_fields as _list_plant_type_custom_fields
from . import update_plant_type_custom_field as _update_plant_type_custom_field


class PlantTypeCustomFields(_rt.Resource):
    """The operations tagged plant_type_custom_fields, as `client.plant_type_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_plant_type_custom_fields.request, "list")
    create = _rt.operation(_create_plant_type_custom_field.request, "create")
    get = _rt.operation(_get_plant_type_custom_field.request, "get")
    delete = _rt.operation(_delete_plant_type_custom_field.request, "delete")
    update = _rt.operation(_update_plant_type_custom_field.request, "update")
    iterate = _rt.pages(_list_plant_type_custom_fields.request, "iterate", "page", "page_size")


class AsyncPlantTypeCustomFields(_rt.AsyncResource):
    """The operations tagged plant_type_custom_fields, awaited: `await client.aio.plant_type_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_plant_type_custom_fields.request, "list")
    create = _rt.async_operation(_create_plant_type_custom_field.request, "create")
    get = _rt.async_operation(_get_plant_type_custom_field.request, "get")
    delete = _rt.async_operation(_delete_plant_type_custom_field.request, "delete")
    update = _rt.async_operation(_update_plant_type_custom_field.request, "update")
    iterate = _rt.async_pages(_list_plant_type_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncPlantTypeCustomFields", "PlantTypeCustomFields"]
