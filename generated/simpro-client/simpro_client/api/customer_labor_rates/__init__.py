"""The operations tagged customer_labor_rates: `client.customer_labor_rates` (CustomerLaborRates) and
`client.aio.customer_labor_rates` (AsyncCustomerLaborRates). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_customer_labor_rate as _create_customer_labor_rate
from . import delete_customer_labor_rate as _delete_customer_labor_rate
from . import get_customer_labor_rate as _get_customer_labor_rate
from . import list_customer_labor_rates as _list_customer_labor_rates
from . import update_customer_labor_rate as _update_customer_labor_rate


class CustomerLaborRates(_rt.Resource):
    """The operations tagged customer_labor_rates, as `client.customer_labor_rates.<method>(...)`."""

    list = _rt.operation(_list_customer_labor_rates.request, "list")
    create = _rt.operation(_create_customer_labor_rate.request, "create")
    get = _rt.operation(_get_customer_labor_rate.request, "get")
    delete = _rt.operation(_delete_customer_labor_rate.request, "delete")
    update = _rt.operation(_update_customer_labor_rate.request, "update")
    iterate = _rt.pages(_list_customer_labor_rates.request, "iterate", "page", "page_size")


class AsyncCustomerLaborRates(_rt.AsyncResource):
    """The operations tagged customer_labor_rates, awaited: `await client.aio.customer_labor_rates.<method>(...)`."""

    list = _rt.async_operation(_list_customer_labor_rates.request, "list")
    create = _rt.async_operation(_create_customer_labor_rate.request, "create")
    get = _rt.async_operation(_get_customer_labor_rate.request, "get")
    delete = _rt.async_operation(_delete_customer_labor_rate.request, "delete")
    update = _rt.async_operation(_update_customer_labor_rate.request, "update")
    iterate = _rt.async_pages(_list_customer_labor_rates.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerLaborRates", "CustomerLaborRates"]
