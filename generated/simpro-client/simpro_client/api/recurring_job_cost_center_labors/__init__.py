"""The operations tagged recurring_job_cost_center_labors: `client.recurring_job_cost_center_labors` (RecurringJobCostCenterLabors) and
`client.aio.recurring_job_cost_center_labors` (AsyncRecurringJobCostCenterLabors). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_recurring_job_cost_center_labor as _create_recurring_job_cost_center_labor
from . import delete_recurring_job_cost_center_labor as _delete_recurring_job_cost_center_labor
from . import get_recurring_job_cost_center_labor as _get_recurring_job_cost_center_labor
from . import list_recurring_job_cost_center_labors as _list_recurring_job_cost_center_labors
from . import update_recurring_job_cost_center_labor as _update_recurring_job_cost_center_labor


class RecurringJobCostCenterLabors(_rt.Resource):
    """The operations tagged recurring_job_cost_center_labors, as `client.recurring_job_cost_center_labors.<method>(...)`."""

    list = _rt.operation(_list_recurring_job_cost_center_labors.request, "list")
    create = _rt.operation(_create_recurring_job_cost_center_labor.request, "create")
    get = _rt.operation(_get_recurring_job_cost_center_labor.request, "get")
    delete = _rt.operation(_delete_recurring_job_cost_center_labor.request, "delete")
    update = _rt.operation(_update_recurring_job_cost_center_labor.request, "update")
    iterate = _rt.pages(_list_recurring_job_cost_center_labors.request, "iterate", "page", "page_size")


class AsyncRecurringJobCostCenterLabors(_rt.AsyncResource):
    """The operations tagged recurring_job_cost_center_labors, awaited: `await client.aio.recurring_job_cost_center_labors.<method>(...)`."""

    list = _rt.async_operation(_list_recurring_job_cost_center_labors.request, "list")
    create = _rt.async_operation(_create_recurring_job_cost_center_labor.request, "create")
    get = _rt.async_operation(_get_recurring_job_cost_center_labor.request, "get")
    delete = _rt.async_operation(_delete_recurring_job_cost_center_labor.request, "delete")
    update = _rt.async_operation(_update_recurring_job_cost_center_labor.request, "update")
    iterate = _rt.async_pages(_list_recurring_job_cost_center_labors.request, "iterate", "page", "page_size")


__all__ = ["AsyncRecurringJobCostCenterLabors", "RecurringJobCostCenterLabors"]
