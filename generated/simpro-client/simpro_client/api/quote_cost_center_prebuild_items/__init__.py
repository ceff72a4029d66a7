"""The operations tagged quote_cost_center_prebuild_items: `client.quote_cost_center_prebuild_items` (QuoteCostCenterPrebuildItems) and
`client.aio.quote_cost_center_prebuild_items` (AsyncQuoteCostCenterPrebuildItems). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_quote_cost_center_prebuild_item as _create_quote_cost_center_prebuild_item
from . import delete_quote_cost_center_prebuild_item as _delete_quote_cost_center_prebuild_item
from . import get_quote_cost_center_prebuild_item as _get_quote_cost_center_prebuild_item
from . import list_quote_cost_center_prebuild_items as _list_quote_cost_center_prebuild_items
from . import replace_quote_cost_center_prebuild_items as _replace_quote_cost_center_prebuild_items
from . import update_quote_cost_center_prebuild_item as _update_quote_cost_center_prebuild_item


class QuoteCostCenterPrebuildItems(_rt.Resource):
    """The operations tagged quote_cost_center_prebuild_items, as `client.quote_cost_center_prebuild_items.<method>(...)`."""

    list = _rt.operation(_list_quote_cost_center_prebuild_items.request, "list")
    replace = _rt.operation(_replace_quote_cost_center_prebuild_items.request, "replace")
    create = _rt.operation(_create_quote_cost_center_prebuild_item.request, "create")
    get = _rt.operation(_get_quote_cost_center_prebuild_item.request, "get")
    delete = _rt.operation(_delete_quote_cost_center_prebuild_item.request, "delete")
    update = _rt.operation(_update_quote_cost_center_prebuild_item.request, "update")
    iterate = _rt.pages(_list_quote_cost_center_prebuild_items.request, "iterate", "page", "page_size")


class AsyncQuoteCostCenterPrebuildItems(_rt.AsyncResource):
    """The operations tagged quote_cost_center_prebuild_items, awaited: `await client.aio.quote_cost_center_prebuild_items.<method>(...)`."""

    list = _rt.async_operation(_list_quote_cost_center_prebuild_items.request, "list")
    replace = _rt.async_operation(_replace_quote_cost_center_prebuild_items.request, "replace")
    create = _rt.async_operation(_create_quote_cost_center_prebuild_item.request, "create")
    get = _rt.async_operation(_get_quote_cost_center_prebuild_item.request, "get")
    delete = _rt.async_operation(_delete_quote_cost_center_prebuild_item.request, "delete")
    update = _rt.async_operation(_update_quote_cost_center_prebuild_item.request, "update")
    iterate = _rt.async_pages(_list_quote_cost_center_prebuild_items.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteCostCenterPrebuildItems", "QuoteCostCenterPrebuildItems"]
