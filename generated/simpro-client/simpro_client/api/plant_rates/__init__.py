"""The operations tagged plant_rates: `client.plant_rates` (PlantRates) and
`client.aio.plant_rates` (AsyncPlantRates). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_plant_rate as _get_plant_rate
from . import list_plant_rates as _list_plant_rates


class PlantRates(_rt.Resource):
    """The operations tagged plant_rates, as `client.plant_rates.<method>(...)`."""

    list = _rt.operation(_list_plant_rates.request, "list")
    get = _rt.operation(_get_plant_rate.request, "get")
    iterate = _rt.pages(_list_plant_rates.request, "iterate", "page", "page_size")


class AsyncPlantRates(_rt.AsyncResource):
    """The operations tagged plant_rates, awaited: `await client.aio.plant_rates.<method>(...)`."""

    list = _rt.async_operation(_list_plant_rates.request, "list")
    get = _rt.async_operation(_get_plant_rate.request, "get")
    iterate = _rt.async_pages(_list_plant_rates.request, "iterate", "page", "page_size")


__all__ = ["AsyncPlantRates", "PlantRates"]
