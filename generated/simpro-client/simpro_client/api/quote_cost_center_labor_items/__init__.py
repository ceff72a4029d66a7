"""The operations tagged quote_cost_center_labor_items: `client.quote_cost_center_labor_items` (QuoteCostCenterLaborItems) and
`client.aio.quote_cost_center_labor_items` (AsyncQuoteCostCenterLaborItems). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_quote_cost_center_labor_item as _create_quote_cost_center_labor_item
from . import delete_quote_cost_center_labor_item as _delete_quote_cost_center_labor_item
from . import get_quote_cost_center_labor_item as _get_quote_cost_center_labor_item
from . import list_quote_cost_center_labor_items as _list_quote_cost_center_labor_items
from . import replace_quote_cost_center_labor_items as _replace_quote_cost_center_labor_items
from . import update_quote_cost_center_labor_item as _update_quote_cost_center_labor_item


class QuoteCostCenterLaborItems(_rt.Resource):
    """The operations tagged quote_cost_center_labor_items, as `client.quote_cost_center_labor_items.<method>(...)`."""

    list = _rt.operation(_list_quote_cost_center_labor_items.request, "list")
    replace = _rt.operation(_replace_quote_cost_center_labor_items.request, "replace")
    create = _rt.operation(_create_quote_cost_center_labor_item.request, "create")
    get = _rt.operation(_get_quote_cost_center_labor_item.request, "get")
    delete = _rt.operation(_delete_quote_cost_center_labor_item.request, "delete")
    update = _rt.operation(_update_quote_cost_center_labor_item.request, "update")
    iterate = _rt.pages(_list_quote_cost_center_labor_items.request, "iterate", "page", "page_size")


class AsyncQuoteCostCenterLaborItems(_rt.AsyncResource):
    """The operations tagged quote_cost_center_labor_items, awaited: `await client.aio.quote_cost_center_labor_items.<method>(...)`."""

    list = _rt.async_operation(_list_quote_cost_center_labor_items.request, "list")
    replace = _rt.async_operation(_replace_quote_cost_center_labor_items.request, "replace")
    create = _rt.async_operation(_create_quote_cost_center_labor_item.request, "create")
    get = _rt.async_operation(_get_quote_cost_center_labor_item.request, "get")
    delete = _rt.async_operation(_delete_quote_cost_center_labor_item.request, "delete")
    update = _rt.async_operation(_update_quote_cost_center_labor_item.request, "update")
    iterate = _rt.async_pages(_list_quote_cost_center_labor_items.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteCostCenterLaborItems", "QuoteCostCenterLaborItems"]
