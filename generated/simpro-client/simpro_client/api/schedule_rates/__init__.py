"""The operations tagged schedule_rates: `client.schedule_rates` (ScheduleRates) and
`client.aio.schedule_rates` (AsyncScheduleRates). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_schedule_rate as _create_schedule_rate
from . import delete_schedule_rate as _delete_schedule_rate
from . import get_schedule_rate as _get_schedule_rate
from . import list_schedule_rates as _list_schedule_rates
from . import update_schedule_rate as _update_schedule_rate


class ScheduleRates(_rt.Resource):
    """The operations tagged schedule_rates, as `client.schedule_rates.<method>(...)`."""

    list = _rt.operation(_list_schedule_rates.request, "list")
    create = _rt.operation(_create_schedule_rate.request, "create")
    get = _rt.operation(_get_schedule_rate.request, "get")
    delete = _rt.operation(_delete_schedule_rate.request, "delete")
    update = _rt.operation(_update_schedule_rate.request, "update")
    iterate = _rt.pages(_list_schedule_rates.request, "iterate", "page", "page_size")


class AsyncScheduleRates(_rt.AsyncResource):
    """The operations tagged schedule_rates, awaited: `await client.aio.schedule_rates.<method>(...)`."""

    list = _rt.async_operation(_list_schedule_rates.request, "list")
    create = _rt.async_operation(_create_schedule_rate.request, "create")
    get = _rt.async_operation(_get_schedule_rate.request, "get")
    delete = _rt.async_operation(_delete_schedule_rate.request, "delete")
    update = _rt.async_operation(_update_schedule_rate.request, "update")
    iterate = _rt.async_pages(_list_schedule_rates.request, "iterate", "page", "page_size")


__all__ = ["AsyncScheduleRates", "ScheduleRates"]
