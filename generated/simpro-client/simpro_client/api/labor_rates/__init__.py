"""The operations tagged labor_rates: `client.labor_rates` (LaborRates) and
`client.aio.labor_rates` (AsyncLaborRates). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_labor_rate as _create_labor_rate
from . import delete_labor_rate as _delete_labor_rate
from . import get_labor_rate as _get_labor_rate
from . import list_labor_rates as _list_labor_rates
from . import update_labor_rate as _update_labor_rate


class LaborRates(_rt.Resource):
    """The operations tagged labor_rates, as `client.labor_rates.<method>(...)`."""

    list = _rt.operation(_list_labor_rates.request, "list")
    create = _rt.operation(_create_labor_rate.request, "create")
    get = _rt.operation(_get_labor_rate.request, "get")
    delete = _rt.operation(_delete_labor_rate.request, "delete")
    update = _rt.operation(_update_labor_rate.request, "update")
    iterate = _rt.pages(_list_labor_rates.request, "iterate", "page", "page_size")


class AsyncLaborRates(_rt.AsyncResource):
    """The operations tagged labor_rates, awaited: `await client.aio.labor_rates.<method>(...)`."""

    list = _rt.async_operation(_list_labor_rates.request, "list")
    create = _rt.async_operation(_create_labor_rate.request, "create")
    get = _rt.async_operation(_get_labor_rate.request, "get")
    delete = _rt.async_operation(_delete_labor_rate.request, "delete")
    update = _rt.async_operation(_update_labor_rate.request, "update")
    iterate = _rt.async_pages(_list_labor_rates.request, "iterate", "page", "page_size")


__all__ = ["AsyncLaborRates", "LaborRates"]
