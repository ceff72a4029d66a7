"""The operations tagged cost_to_complete_financial_view: `client.cost_to_complete_financial_view` (CostToCompleteFinancialView) and
`client.aio.cost_to_complete_financial_view` (AsyncCostToCompleteFinancialView). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import report_cost_to_complete_financial_views as _report_cost_to_complete_financial_views


class CostToCompleteFinancialView(_rt.Resource):
    """The operations tagged cost_to_complete_financial_view, as `client.cost_to_complete_financial_view.<method>(...)`."""

    report_cost_to_complete_financial_views = _rt.operation(
        _report_cost_to_complete_financial_views.request, "report_cost_to_complete_financial_views"
    )


class AsyncCostToCompleteFinancialView(_rt.AsyncResource):
    """The operations tagged cost_to_complete_financial_view, awaited: `await client.aio.cost_to_complete_financial_view.<method>(...)`."""

    report_cost_to_complete_financial_views = _rt.async_operation(
        _report_cost_to_complete_financial_views.request, "report_cost_to_complete_financial_views"
    )


__all__ = ["AsyncCostToCompleteFinancialView", "CostToCompleteFinancialView"]
