"""The operations tagged recurring_invoice_cost_centers: `client.recurring_invoice_cost_centers` (RecurringInvoiceCostCenters) and
`client.aio.recurring_invoice_cost_centers` (AsyncRecurringInvoiceCostCenters). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_recurring_invoice_cost_center as _create_recurring_invoice_cost_center
from . import delete_recurring_invoice_cost_center as _delete_recurring_invoice_cost_center
from . import get_recurring_invoice_cost_center as _get_recurring_invoice_cost_center
from . import list_all_recurring_invoice_cost_centers as _list_all_recurring_invoice_cost_centers
from . import list_recurring_invoice_cost_centers as _list_recurring_invoice_cost_centers
from . import update_recurring_invoice_cost_center as _update_recurring_invoice_cost_center


class RecurringInvoiceCostCenters(_rt.Resource):
    """The operations tagged recurring_invoice_cost_centers, as `client.recurring_invoice_cost_centers.<method>(...)`."""

    list_all = _rt.operation(_list_all_recurring_invoice_cost_centers.request, "list_all")
    list = _rt.operation(_list_recurring_invoice_cost_centers.request, "list")
    create = _rt.operation(_create_recurring_invoice_cost_center.request, "create")
    get = _rt.operation(_get_recurring_invoice_cost_center.request, "get")
    delete = _rt.operation(_delete_recurring_invoice_cost_center.request, "delete")
    update = _rt.operation(_update_recurring_invoice_cost_center.request, "update")
    iterate_all = _rt.pages(_list_all_recurring_invoice_cost_centers.request, "iterate_all", "page", "page_size")
    iterate = _rt.pages(_list_recurring_invoice_cost_centers.request, "iterate", "page", "page_size")


class AsyncRecurringInvoiceCostCenters(_rt.AsyncResource):
    """The operations tagged recurring_invoice_cost_centers, awaited: `await client.aio.recurring_invoice_cost_centers.<method>(...)`."""

    list_all = _rt.async_operation(_list_all_recurring_invoice_cost_centers.request, "list_all")
    list = _rt.async_operation(_list_recurring_invoice_cost_centers.request, "list")
    create = _rt.async_operation(_create_recurring_invoice_cost_center.request, "create")
    get = _rt.async_operation(_get_recurring_invoice_cost_center.request, "get")
    delete = _rt.async_operation(_delete_recurring_invoice_cost_center.request, "delete")
    update = _rt.async_operation(_update_recurring_invoice_cost_center.request, "update")
    iterate_all = _rt.async_pages(_list_all_recurring_invoice_cost_centers.request, "iterate_all", "page", "page_size")
    iterate = _rt.async_pages(_list_recurring_invoice_cost_centers.request, "iterate", "page", "page_size")


__all__ = ["AsyncRecurringInvoiceCostCenters", "RecurringInvoiceCostCenters"]
