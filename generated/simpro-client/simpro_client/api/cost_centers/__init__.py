"""The operations tagged cost_centers: `client.cost_centers` (CostCenters) and
`client.aio.cost_centers` (AsyncCostCenters). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_cost_center as _create_cost_center
from . import delete_cost_center as _delete_cost_center
from . import get_cost_center as _get_cost_center
from . import list_cost_centers as _list_cost_centers
from . import update_cost_center as _update_cost_center


class CostCenters(_rt.Resource):
    """The operations tagged cost_centers, as `client.cost_centers.<method>(...)`."""

    list = _rt.operation(_list_cost_centers.request, "list")
    create = _rt.operation(_create_cost_center.request, "create")
    get = _rt.operation(_get_cost_center.request, "get")
    delete = _rt.operation(_delete_cost_center.request, "delete")
    update = _rt.operation(_update_cost_center.request, "update")
    iterate = _rt.pages(_list_cost_centers.request, "iterate", "page", "page_size")


class AsyncCostCenters(_rt.AsyncResource):
    """The operations tagged cost_centers, awaited: `await client.aio.cost_centers.<method>(...)`."""

    list = _rt.async_operation(_list_cost_centers.request, "list")
    create = _rt.async_operation(_create_cost_center.request, "create")
    get = _rt.async_operation(_get_cost_center.request, "get")
    delete = _rt.async_operation(_delete_cost_center.request, "delete")
    update = _rt.async_operation(_update_cost_center.request, "update")
    iterate = _rt.async_pages(_list_cost_centers.request, "iterate", "page", "page_size")


__all__ = ["AsyncCostCenters", "CostCenters"]
