"""The operations tagged storage_devices: `client.storage_devices` (StorageDevices) and
`client.aio.storage_devices` (AsyncStorageDevices). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_storage_device as _create_storage_device
from . import delete_storage_device as _delete_storage_device
from . import get_storage_device as _get_storage_device
from . import list_storage_devices as _list_storage_devices
from . import update_storage_device as _update_storage_device


class StorageDevices(_rt.Resource):
    """The operations tagged storage_devices, as `client.storage_devices.<method>(...)`."""

    list = _rt.operation(_list_storage_devices.request, "list")
    create = _rt.operation(_create_storage_device.request, "create")
    get = _rt.operation(_get_storage_device.request, "get")
    delete = _rt.operation(_delete_storage_device.request, "delete")
    update = _rt.operation(_update_storage_device.request, "update")
    iterate = _rt.pages(_list_storage_devices.request, "iterate", "page", "page_size")


class AsyncStorageDevices(_rt.AsyncResource):
    """The operations tagged storage_devices, awaited: `await client.aio.storage_devices.<method>(...)`."""

    list = _rt.async_operation(_list_storage_devices.request, "list")
    create = _rt.async_operation(_create_storage_device.request, "create")
    get = _rt.async_operation(_get_storage_device.request, "get")
    delete = _rt.async_operation(_delete_storage_device.request, "delete")
    update = _rt.async_operation(_update_storage_device.request, "update")
    iterate = _rt.async_pages(_list_storage_devices.request, "iterate", "page", "page_size")


__all__ = ["AsyncStorageDevices", "StorageDevices"]
