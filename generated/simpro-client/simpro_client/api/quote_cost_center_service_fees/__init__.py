"""The operations tagged quote_cost_center_service_fees: `client.quote_cost_center_service_fees` (QuoteCostCenterServiceFees) and
`client.aio.quote_cost_center_service_fees` (AsyncQuoteCostCenterServiceFees). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_quote_cost_center_service_fee as _create_quote_cost_center_service_fee
from . import delete_quote_cost_center_service_fee as _delete_quote_cost_center_service_fee
from . import get_quote_cost_center_service_fee as _get_quote_cost_center_service_fee
from . import list_quote_cost_center_service_fees as _list_quote_cost_center_service_fees
from . import replace_quote_cost_center_service_fees as _replace_quote_cost_center_service_fees
from . import update_quote_cost_center_service_fee as _update_quote_cost_center_service_fee


class QuoteCostCenterServiceFees(_rt.Resource):
    """The operations tagged quote_cost_center_service_fees, as `client.quote_cost_center_service_fees.<method>(...)`."""

    list = _rt.operation(_list_quote_cost_center_service_fees.request, "list")
    replace = _rt.operation(_replace_quote_cost_center_service_fees.request, "replace")
    create = _rt.operation(_create_quote_cost_center_service_fee.request, "create")
    get = _rt.operation(_get_quote_cost_center_service_fee.request, "get")
    delete = _rt.operation(_delete_quote_cost_center_service_fee.request, "delete")
    update = _rt.operation(_update_quote_cost_center_service_fee.request, "update")
    iterate = _rt.pages(_list_quote_cost_center_service_fees.request, "iterate", "page", "page_size")


class AsyncQuoteCostCenterServiceFees(_rt.AsyncResource):
    """The operations tagged quote_cost_center_service_fees, awaited: `await client.aio.quote_cost_center_service_fees.<method>(...)`."""

    list = _rt.async_operation(_list_quote_cost_center_service_fees.request, "list")
    replace = _rt.async_operation(_replace_quote_cost_center_service_fees.request, "replace")
    create = _rt.async_operation(_create_quote_cost_center_service_fee.request, "create")
    get = _rt.async_operation(_get_quote_cost_center_service_fee.request, "get")
    delete = _rt.async_operation(_delete_quote_cost_center_service_fee.request, "delete")
    update = _rt.async_operation(_update_quote_cost_center_service_fee.request, "update")
    iterate = _rt.async_pages(_list_quote_cost_center_service_fees.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteCostCenterServiceFees", "QuoteCostCenterServiceFees"]
