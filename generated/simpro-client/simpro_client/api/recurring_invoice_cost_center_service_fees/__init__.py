"""The operations tagged recurring_invoice_cost_center_service_fees: `client.recurring_invoice_cost_center_service_fees` (RecurringInvoiceCostCenterServiceFees) and
`client.aio.recurring_invoice_cost_center_service_fees` (AsyncRecurringInvoiceCostCenterServiceFees). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_recurring_invoice_cost_center_service_fee as _create_recurring_invoice_cost_center_service_fee
from . import delete_recurring_invoice_cost_center_service_fee as _delete_recurring_invoice_cost_center_service_fee
from . import get_recurring_invoice_cost_center_service_fee as _get_recurring_invoice_cost_center_service_fee
from . import list_recurring_invoice_cost_center_service_fees as _list_recurring_invoice_cost_center_service_fees
from . import update_recurring_invoice_cost_center_service_fee as _update_recurring_invoice_cost_center_service_fee


class RecurringInvoiceCostCenterServiceFees(_rt.Resource):
    """The operations tagged recurring_invoice_cost_center_service_fees, as `client.recurring_invoice_cost_center_service_fees.<method>(...)`."""

    list = _rt.operation(_list_recurring_invoice_cost_center_service_fees.request, "list")
    create = _rt.operation(_create_recurring_invoice_cost_center_service_fee.request, "create")
    get = _rt.operation(_get_recurring_invoice_cost_center_service_fee.request, "get")
    delete = _rt.operation(_delete_recurring_invoice_cost_center_service_fee.request, "delete")
    update = _rt.operation(_update_recurring_invoice_cost_center_service_fee.request, "update")
    iterate = _rt.pages(_list_recurring_invoice_cost_center_service_fees.request, "iterate", "page", "page_size")


class AsyncRecurringInvoiceCostCenterServiceFees(_rt.AsyncResource):
    """The operations tagged recurring_invoice_cost_center_service_fees, awaited: `await client.aio.recurring_invoice_cost_center_service_fees.<method>(...)`."""

    list = _rt.async_operation(_list_recurring_invoice_cost_center_service_fees.request, "list")
    create = _rt.async_operation(_create_recurring_invoice_cost_center_service_fee.request, "create")
    get = _rt.async_operation(_get_recurring_invoice_cost_center_service_fee.request, "get")
    delete = _rt.async_operation(_delete_recurring_invoice_cost_center_service_fee.request, "delete")
    update = _rt.async_operation(_update_recurring_invoice_cost_center_service_fee.request, "update")
    iterate = _rt.async_pages(_list_recurring_invoice_cost_center_service_fees.request, "iterate", "page", "page_size")


__all__ = ["AsyncRecurringInvoiceCostCenterServiceFees", "RecurringInvoiceCostCenterServiceFees"]
