"""The operations tagged recurring_job_cost_center_prebuilds: `client.recurring_job_cost_center_prebuilds` (RecurringJobCostCenterPrebuilds) and
`client.aio.recurring_job_cost_center_prebuilds` (AsyncRecurringJobCostCenterPrebuilds). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_recurring_job_cost_center_prebuild as _create_recurring_job_cost_center_prebuild
from . import delete_recurring_job_cost_center_prebuild as _delete_recurring_job_cost_center_prebuild
from . import get_recurring_job_cost_center_prebuild as _get_recurring_job_cost_center_prebuild
from . import list_recurring_job_cost_center_prebuilds as _list_recurring_job_cost_center_prebuilds
from . import update_recurring_job_cost_center_prebuild as _update_recurring_job_cost_center_prebuild


class RecurringJobCostCenterPrebuilds(_rt.Resource):
    """The operations tagged recurring_job_cost_center_prebuilds, as `client.recurring_job_cost_center_prebuilds.<method>(...)`."""

    list = _rt.operation(_list_recurring_job_cost_center_prebuilds.request, "list")
    create = _rt.operation(_create_recurring_job_cost_center_prebuild.request, "create")
    get = _rt.operation(_get_recurring_job_cost_center_prebuild.request, "get")
    delete = _rt.operation(_delete_recurring_job_cost_center_prebuild.request, "delete")
    update = _rt.operation(_update_recurring_job_cost_center_prebuild.request, "update")
    iterate = _rt.pages(_list_recurring_job_cost_center_prebuilds.request, "iterate", "page", "page_size")


class AsyncRecurringJobCostCenterPrebuilds(_rt.AsyncResource):
    """The operations tagged recurring_job_cost_center_prebuilds, awaited: `await client.aio.recurring_job_cost_center_prebuilds.<method>(...)`."""

    list = _rt.async_operation(_list_recurring_job_cost_center_prebuilds.request, "list")
    create = _rt.async_operation(_create_recurring_job_cost_center_prebuild.request, "create")
    get = _rt.async_operation(_get_recurring_job_cost_center_prebuild.request, "get")
    delete = _rt.async_operation(_delete_recurring_job_cost_center_prebuild.request, "delete")
    update = _rt.async_operation(_update_recurring_job_cost_center_prebuild.request, "update")
    iterate = _rt.async_pages(_list_recurring_job_cost_center_prebuilds.request, "iterate", "page", "page_size")


__all__ = ["AsyncRecurringJobCostCenterPrebuilds", "RecurringJobCostCenterPrebuilds"]
