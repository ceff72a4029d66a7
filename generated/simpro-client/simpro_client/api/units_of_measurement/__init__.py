"""The operations tagged units_of_measurement: `client.units_of_measurement` (UnitsOfMeasurement) and
`client.aio.units_of_measurement` (AsyncUnitsOfMeasurement). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_unit_measurement as _create_unit_measurement
from . import delete_unit_measurement as _delete_unit_measurement
from . import get_unit_measurement as _get_unit_measurement
from . import list_units_measurements as _list_units_measurements
from . import update_unit_measurement as _update_unit_measurement


class UnitsOfMeasurement(_rt.Resource):
    """The operations tagged units_of_measurement, as `client.units_of_measurement.<method>(...)`."""

    list_units_measurements = _rt.operation(_list_units_measurements.request, "list_units_measurements")
    create_unit_measurement = _rt.operation(_create_unit_measurement.request, "create_unit_measurement")
    get_unit_measurement = _rt.operation(_get_unit_measurement.request, "get_unit_measurement")
    delete_unit_measurement = _rt.operation(_delete_unit_measurement.request, "delete_unit_measurement")
    update_unit_measurement = _rt.operation(_update_unit_measurement.request, "update_unit_measurement")
    iterate_units_measurements = _rt.pages(
        _list_units_measurements.request, "iterate_units_measurements", "page", "page_size"
    )


class AsyncUnitsOfMeasurement(_rt.AsyncResource):
    """The operations tagged units_of_measurement, awaited: `await client.aio.units_of_measurement.<method>(...)`."""

    list_units_measurements = _rt.async_operation(_list_units_measurements.request, "list_units_measurements")
    create_unit_measurement = _rt.async_operation(_create_unit_measurement.request, "create_unit_measurement")
    get_unit_measurement = _rt.async_operation(_get_unit_measurement.request, "get_unit_measurement")
    delete_unit_measurement = _rt.async_operation(_delete_unit_measurement.request, "delete_unit_measurement")
    update_unit_measurement = _rt.async_operation(_update_unit_measurement.request, "update_unit_measurement")
    iterate_units_measurements = _rt.async_pages(
        _list_units_measurements.request, "iterate_units_measurements", "page", "page_size"
    )


__all__ = ["AsyncUnitsOfMeasurement", "UnitsOfMeasurement"]
