"""The operations tagged recurring_job_cost_center_catalogs: `client.recurring_job_cost_center_catalogs` (RecurringJobCostCenterCatalogs) and
`client.aio.recurring_job_cost_center_catalogs` (AsyncRecurringJobCostCenterCatalogs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_recurring_job_cost_center_catalog as _create_recurring_job_cost_center_catalog
from . import delete_recurring_job_cost_center_catalog as _delete_recurring_job_cost_center_catalog
from . import get_recurring_job_cost_center_catalog as _get_recurring_job_cost_center_catalog
from . import list_recurring_job_cost_center_catalogs as _list_recurring_job_cost_center_catalogs
from . import update_recurring_job_cost_center_catalog as _update_recurring_job_cost_center_catalog


class RecurringJobCostCenterCatalogs(_rt.Resource):
    """The operations tagged recurring_job_cost_center_catalogs, as `client.recurring_job_cost_center_catalogs.<method>(...)`."""

    list = _rt.operation(_list_recurring_job_cost_center_catalogs.request, "list")
    create = _rt.operation(_create_recurring_job_cost_center_catalog.request, "create")
    get = _rt.operation(_get_recurring_job_cost_center_catalog.request, "get")
    delete = _rt.operation(_delete_recurring_job_cost_center_catalog.request, "delete")
    update = _rt.operation(_update_recurring_job_cost_center_catalog.request, "update")
    iterate = _rt.pages(_list_recurring_job_cost_center_catalogs.request, "iterate", "page", "page_size")


class AsyncRecurringJobCostCenterCatalogs(_rt.AsyncResource):
    """The operations tagged recurring_job_cost_center_catalogs, awaited: `await client.aio.recurring_job_cost_center_catalogs.<method>(...)`."""

    list = _rt.async_operation(_list_recurring_job_cost_center_catalogs.request, "list")
    create = _rt.async_operation(_create_recurring_job_cost_center_catalog.request, "create")
    get = _rt.async_operation(_get_recurring_job_cost_center_catalog.request, "get")
    delete = _rt.async_operation(_delete_recurring_job_cost_center_catalog.request, "delete")
    update = _rt.async_operation(_update_recurring_job_cost_center_catalog.request, "update")
    iterate = _rt.async_pages(_list_recurring_job_cost_center_catalogs.request, "iterate", "page", "page_size")


__all__ = ["AsyncRecurringJobCostCenterCatalogs", "RecurringJobCostCenterCatalogs"]
