"""The operations tagged invoice_cost_centers: `client.invoice_cost_centers` (InvoiceCostCenters) and
`client.aio.invoice_cost_centers` (AsyncInvoiceCostCenters). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_invoice_cost_center as _get_invoice_cost_center
from . import list_invoice_cost_centers as _list_invoice_cost_centers


class InvoiceCostCenters(_rt.Resource):
    """The operations tagged invoice_cost_centers, as `client.invoice_cost_centers.<method>(...)`."""

    list = _rt.operation(_list_invoice_cost_centers.request, "list")
    get = _rt.operation(_get_invoice_cost_center.request, "get")
    iterate = _rt.pages(_list_invoice_cost_centers.request, "iterate", "page", "page_size")


class AsyncInvoiceCostCenters(_rt.AsyncResource):
    """The operations tagged invoice_cost_centers, awaited: `await client.aio.invoice_cost_centers.<method>(...)`."""

    list = _rt.async_operation(_list_invoice_cost_centers.request, "list")
    get = _rt.async_operation(_get_invoice_cost_center.request, "get")
    iterate = _rt.async_pages(_list_invoice_cost_centers.request, "iterate", "page", "page_size")


__all__ = ["AsyncInvoiceCostCenters", "InvoiceCostCenters"]
