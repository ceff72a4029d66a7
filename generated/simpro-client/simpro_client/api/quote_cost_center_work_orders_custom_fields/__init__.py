"""The operations tagged quote_cost_center_work_orders_custom_fields: `client.quote_cost_center_work_orders_custom_fields` (QuoteCostCenterWorkOrdersCustomFields) and
`client.aio.quote_cost_center_work_orders_custom_fields` (AsyncQuoteCostCenterWorkOrdersCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_quote_cost_center_work_orders_custom_field as _get_quote_cost_center_work_orders_custom_field
from . import list_quote_cost_center_work_orders_custom_fields as _list_quote_cost_center_work_orders_custom_fields
from . import update_quote_cost_center_work_orders_custom_field as _update_quote_cost_center_work_orders_custom_field


class QuoteCostCenterWorkOrdersCustomFields(_rt.Resource):
    """The operations tagged quote_cost_center_work_orders_custom_fields, as `client.quote_cost_center_work_orders_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_quote_cost_center_work_orders_custom_fields.request, "list")
    get = _rt.operation(_get_quote_cost_center_work_orders_custom_field.request, "get")
    update = _rt.operation(_update_quote_cost_center_work_orders_custom_field.request, "update")
    iterate = _rt.pages(_list_quote_cost_center_work_orders_custom_fields.request, "iterate", "page", "page_size")


class AsyncQuoteCostCenterWorkOrdersCustomFields(_rt.AsyncResource):
    """The operations tagged quote_cost_center_work_orders_custom_fields, awaited: `await client.aio.quote_cost_center_work_orders_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_quote_cost_center_work_orders_custom_fields.request, "list")
    get = _rt.async_operation(_get_quote_cost_center_work_orders_custom_field.request, "get")
    update = _rt.async_operation(_update_quote_cost_center_work_orders_custom_field.request, "update")
    iterate = _rt.async_pages(_list_quote_cost_center_work_orders_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteCostCenterWorkOrdersCustomFields", "QuoteCostCenterWorkOrdersCustomFields"]
