"""The operations tagged cost_to_complete_operations_view: `client.cost_to_complete_operations_view` (CostToCompleteOperationsView) and
`client.aio.cost_to_complete_operations_view` (AsyncCostToCompleteOperationsView). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import report_cost_to_complete_operations_views as _report_cost_to_complete_operations_views


class CostToCompleteOperationsView(_rt.Resource):
    """The operations tagged cost_to_complete_operations_view, as `client.cost_to_complete_operations_view.<method>(...)`."""

    report_cost_to_complete_operations_views = _rt.operation(
        _report_cost_to_complete_operations_views.request, "report_cost_to_complete_operations_views"
    )


class AsyncCostToCompleteOperationsView(_rt.AsyncResource):
    """The operations tagged cost_to_complete_operations_view, awaited: `await client.aio.cost_to_complete_operations_view.<method>(...)`."""

    report_cost_to_complete_operations_views = _rt.async_operation(
        _report_cost_to_complete_operations_views.request, "report_cost_to_complete_operations_views"
    )


__all__ = ["AsyncCostToCompleteOperationsView", "CostToCompleteOperationsView"]
