"""The operations tagged recurring_invoice_cost_center_one_off_items: `client.recurring_invoice_cost_center_one_off_items` (RecurringInvoiceCostCenterOneOffItems) and
`client.aio.recurring_invoice_cost_center_one_off_items` (AsyncRecurringInvoiceCostCenterOneOffItems). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_recurring_invoice_cost_center_one_off_item as _create_recurring_invoice_cost_center_one_off_item
from . import delete_recurring_invoice_cost_center_one_off_item as _delete_recurring_invoice_cost_center_one_off_item
from . import get_recurring_invoice_cost_center_one_off_item as _get_recurring_invoice_cost_center_one_off_item
from . import list_recurring_invoice_cost_center_one_off_items as _list_recurring_invoice_cost_center_one_off_items
from . import update_recurring_invoice_cost_center_one_off_item as _update_recurring_invoice_cost_center_one_off_item


class RecurringInvoiceCostCenterOneOffItems(_rt.Resource):
    """The operations tagged recurring_invoice_cost_center_one_off_items, as `client.recurring_invoice_cost_center_one_off_items.<method>(...)`."""

    list = _rt.operation(_list_recurring_invoice_cost_center_one_off_items.request, "list")
    create = _rt.operation(_create_recurring_invoice_cost_center_one_off_item.request, "create")
    get = _rt.operation(_get_recurring_invoice_cost_center_one_off_item.request, "get")
    delete = _rt.operation(_delete_recurring_invoice_cost_center_one_off_item.request, "delete")
    update = _rt.operation(_update_recurring_invoice_cost_center_one_off_item.request, "update")
    iterate = _rt.pages(_list_recurring_invoice_cost_center_one_off_items.request, "iterate", "page", "page_size")


class AsyncRecurringInvoiceCostCenterOneOffItems(_rt.AsyncResource):
    """The operations tagged recurring_invoice_cost_center_one_off_items, awaited: `await client.aio.recurring_invoice_cost_center_one_off_items.<method>(...)`."""

    list = _rt.async_operation(_list_recurring_invoice_cost_center_one_off_items.request, "list")
    create = _rt.async_operation(_create_recurring_invoice_cost_center_one_off_item.request, "create")
    get = _rt.async_operation(_get_recurring_invoice_cost_center_one_off_item.request, "get")
    delete = _rt.async_operation(_delete_recurring_invoice_cost_center_one_off_item.request, "delete")
    update = _rt.async_operation(_update_recurring_invoice_cost_center_one_off_item.request, "update")
    iterate = _rt.async_pages(_list_recurring_invoice_cost_center_one_off_items.request, "iterate", "page", "page_size")


__all__ = ["AsyncRecurringInvoiceCostCenterOneOffItems", "RecurringInvoiceCostCenterOneOffItems"]
