"""The operations tagged cost_centers: `client.cost_centers` (CostCenters) and
`client.aio.cost_centers` (AsyncCostCenters). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import import_cost_centers as _import_cost_centers


class CostCenters(_rt.Resource):
    """The operations tagged cost_centers, as `client.cost_centers.<method>(...)`."""

    import_cost_centers = _rt.operation(_import_cost_centers.request, "import_cost_centers")


class AsyncCostCenters(_rt.AsyncResource):
    """The operations tagged cost_centers, awaited: `await client.aio.cost_centers.<method>(...)`."""

    import_cost_centers = _rt.async_operation(_import_cost_centers.request, "import_cost_centers")


__all__ = ["AsyncCostCenters", "CostCenters"]
