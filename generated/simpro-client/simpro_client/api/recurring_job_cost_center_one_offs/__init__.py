"""The operations tagged recurring_job_cost_center_one_offs: `client.recurring_job_cost_center_one_offs` (RecurringJobCostCenterOneOffs) and
`client.aio.recurring_job_cost_center_one_offs` (AsyncRecurringJobCostCenterOneOffs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_recurring_job_cost_center_one_off as _create_recurring_job_cost_center_one_off
from . import delete_recurring_job_cost_center_one_off as _delete_recurring_job_cost_center_one_off
from . import get_recurring_job_cost_center_one_off as _get_recurring_job_cost_center_one_off
from . import list_recurring_job_cost_center_one_offs as _list_recurring_job_cost_center_one_offs
from . import update_recurring_job_cost_center_one_off as _update_recurring_job_cost_center_one_off


class RecurringJobCostCenterOneOffs(_rt.Resource):
    """The operations tagged recurring_job_cost_center_one_offs, as `client.recurring_job_cost_center_one_offs.<method>(...)`."""

    list = _rt.operation(_list_recurring_job_cost_center_one_offs.request, "list")
    create = _rt.operation(_create_recurring_job_cost_center_one_off.request, "create")
    get = _rt.operation(_get_recurring_job_cost_center_one_off.request, "get")
    delete = _rt.operation(_delete_recurring_job_cost_center_one_off.request, "delete")
    update = _rt.operation(_update_recurring_job_cost_center_one_off.request, "update")
    iterate = _rt.pages(_list_recurring_job_cost_center_one_offs.request, "iterate", "page", "page_size")


class AsyncRecurringJobCostCenterOneOffs(_rt.AsyncResource):
    """The operations tagged recurring_job_cost_center_one_offs, awaited: `await client.aio.recurring_job_cost_center_one_offs.<method>(...)`."""

    list = _rt.async_operation(_list_recurring_job_cost_center_one_offs.request, "list")
    create = _rt.async_operation(_create_recurring_job_cost_center_one_off.request, "create")
    get = _rt.async_operation(_get_recurring_job_cost_center_one_off.request, "get")
    delete = _rt.async_operation(_delete_recurring_job_cost_center_one_off.request, "delete")
    update = _rt.async_operation(_update_recurring_job_cost_center_one_off.request, "update")
    iterate = _rt.async_pages(_list_recurring_job_cost_center_one_offs.request, "iterate", "page", "page_size")


__all__ = ["AsyncRecurringJobCostCenterOneOffs", "RecurringJobCostCenterOneOffs"]
