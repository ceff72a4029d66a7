"""The operations tagged quote_cost_center_schedules: `client.quote_cost_center_schedules` (QuoteCostCenterSchedules) and
`client.aio.quote_cost_center_schedules` (AsyncQuoteCostCenterSchedules). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_quote_cost_center_schedule as _create_quote_cost_center_schedule
from . import delete_quote_cost_center_schedule as _delete_quote_cost_center_schedule
from . import get_quote_cost_center_schedule as _get_quote_cost_center_schedule
from . import list_quote_cost_center_schedules as _list_quote_cost_center_schedules
from . import update_quote_cost_center_schedule as _update_quote_cost_center_schedule


class QuoteCostCenterSchedules(_rt.Resource):
    """The operations tagged quote_cost_center_schedules, as `client.quote_cost_center_schedules.<method>(...)`."""

    list = _rt.operation(_list_quote_cost_center_schedules.request, "list")
    create = _rt.operation(_create_quote_cost_center_schedule.request, "create")
    get = _rt.operation(_get_quote_cost_center_schedule.request, "get")
    delete = _rt.operation(_delete_quote_cost_center_schedule.request, "delete")
    update = _rt.operation(_update_quote_cost_center_schedule.request, "update")
    iterate = _rt.pages(_list_quote_cost_center_schedules.request, "iterate", "page", "page_size")


class AsyncQuoteCostCenterSchedules(_rt.AsyncResource):
    """The operations tagged quote_cost_center_schedules, awaited: `await client.aio.quote_cost_center_schedules.<method>(...)`."""

    list = _rt.async_operation(_list_quote_cost_center_schedules.request, "list")
    create = _rt.async_operation(_create_quote_cost_center_schedule.request, "create")
    get = _rt.async_operation(_get_quote_cost_center_schedule.request, "get")
    delete = _rt.async_operation(_delete_quote_cost_center_schedule.request, "delete")
    update = _rt.async_operation(_update_quote_cost_center_schedule.request, "update")
    iterate = _rt.async_pages(_list_quote_cost_center_schedules.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteCostCenterSchedules", "QuoteCostCenterSchedules"]
