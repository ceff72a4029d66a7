"""The operations tagged test_readings: `client.test_readings` (TestReadings) and
`client.aio.test_readings` (AsyncTestReadings). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_test_reading as _create_test_reading
from . import delete_test_reading as _delete_test_reading
from . import get_test_reading as _get_test_reading
from . import list_test_readings as _list_test_readings
from . import update_test_reading as _update_test_reading


class TestReadings(_rt.Resource):
    """The operations tagged test_readings, as `client.test_readings.<method>(...)`."""

    list = _rt.operation(_list_test_readings.request, "list")
    create = _rt.operation(_create_test_reading.request, "create")
    get = _rt.operation(_get_test_reading.request, "get")
    delete = _rt.operation(_delete_test_reading.request, "delete")
    update = _rt.operation(_update_test_reading.request, "update")
    iterate = _rt.pages(_list_test_readings.request, "iterate", "page", "page_size")


class AsyncTestReadings(_rt.AsyncResource):
    """The operations tagged test_readings, awaited: `await client.aio.test_readings.<method>(...)`."""

    list = _rt.async_operation(_list_test_readings.request, "list")
    create = _rt.async_operation(_create_test_reading.request, "create")
    get = _rt.async_operation(_get_test_reading.request, "get")
    delete = _rt.async_operation(_delete_test_reading.request, "delete")
    update = _rt.async_operation(_update_test_reading.request, "update")
    iterate = _rt.async_pages(_list_test_readings.request, "iterate", "page", "page_size")


__all__ = ["AsyncTestReadings", "TestReadings"]
