"""The operations tagged quote_cost_centers: `client.quote_cost_centers` (QuoteCostCenters) and
`client.aio.quote_cost_centers` (AsyncQuoteCostCenters). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_quote_cost_center as _create_quote_cost_center
from . import delete_quote_cost_center as _delete_quote_cost_center
from . import get_quote_cost_center as _get_quote_cost_center
from . import list_all_quote_cost_centers as _list_all_quote_cost_centers
from . import list_quote_cost_centers as _list_quote_cost_centers
from . import update_quote_cost_center as _update_quote_cost_center


class QuoteCostCenters(_rt.Resource):
    """The operations tagged quote_cost_centers, as `client.quote_cost_centers.<method>(...)`."""

    list_all = _rt.operation(_list_all_quote_cost_centers.request, "list_all")
    list = _rt.operation(_list_quote_cost_centers.request, "list")
    create = _rt.operation(_create_quote_cost_center.request, "create")
    get = _rt.operation(_get_quote_cost_center.request, "get")
    delete = _rt.operation(_delete_quote_cost_center.request, "delete")
    update = _rt.operation(_update_quote_cost_center.request, "update")
    iterate_all = _rt.pages(_list_all_quote_cost_centers.request, "iterate_all", "page", "page_size")
    iterate = _rt.pages(_list_quote_cost_centers.request, "iterate", "page", "page_size")


class AsyncQuoteCostCenters(_rt.AsyncResource):
    """The operations tagged quote_cost_centers, awaited: `await client.aio.quote_cost_centers.<method>(...)`."""

    list_all = _rt.async_operation(_list_all_quote_cost_centers.request, "list_all")
    list = _rt.async_operation(_list_quote_cost_centers.request, "list")
    create = _rt.async_operation(_create_quote_cost_center.request, "create")
    get = _rt.async_operation(_get_quote_cost_center.request, "get")
    delete = _rt.async_operation(_delete_quote_cost_center.request, "delete")
    update = _rt.async_operation(_update_quote_cost_center.request, "update")
    iterate_all = _rt.async_pages(_list_all_quote_cost_centers.request, "iterate_all", "page", "page_size")
    iterate = _rt.async_pages(_list_quote_cost_centers.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteCostCenters", "QuoteCostCenters"]
