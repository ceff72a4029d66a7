"""The operations tagged site_labor_rates: `client.site_labor_rates` (SiteLaborRates) and
`client.aio.site_labor_rates` (AsyncSiteLaborRates). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_site_labor_rate as _create_site_labor_rate
from . import delete_site_labor_rate as _delete_site_labor_rate
from . import get_site_labor_rate as _get_site_labor_rate
from . import list_site_labor_rates as _list_site_labor_rates
from . import update_site_labor_rate as _update_site_labor_rate


class SiteLaborRates(_rt.Resource):
    """The operations tagged site_labor_rates, as `client.site_labor_rates.<method>(...)`."""

    list = _rt.operation(_list_site_labor_rates.request, "list")
    create = _rt.operation(_create_site_labor_rate.request, "create")
    get = _rt.operation(_get_site_labor_rate.request, "get")
    delete = _rt.operation(_delete_site_labor_rate.request, "delete")
    update = _rt.operation(_update_site_labor_rate.request, "update")
    iterate = _rt.pages(_list_site_labor_rates.request, "iterate", "page", "page_size")


class AsyncSiteLaborRates(_rt.AsyncResource):
    """The operations tagged site_labor_rates, awaited: `await client.aio.site_labor_rates.<method>(...)`."""

    list = _rt.async_operation(_list_site_labor_rates.request, "list")
    create = _rt.async_operation(_create_site_labor_rate.request, "create")
    get = _rt.async_operation(_get_site_labor_rate.request, "get")
    delete = _rt.async_operation(_delete_site_labor_rate.request, "delete")
    update = _rt.async_operation(_update_site_labor_rate.request, "update")
    iterate = _rt.async_pages(_list_site_labor_rates.request, "iterate", "page", "page_size")


__all__ = ["AsyncSiteLaborRates", "SiteLaborRates"]
