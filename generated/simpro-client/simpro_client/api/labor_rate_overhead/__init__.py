"""The operations tagged labor_rate_overhead: `client.labor_rate_overhead` (LaborRateOverhead) and
`client.aio.labor_rate_overhead` (AsyncLaborRateOverhead). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_labor_rate_overhead as _get_labor_rate_overhead
from . import update_labor_rate_overhead as _update_labor_rate_overhead


class LaborRateOverhead(_rt.Resource):
    """The operations tagged labor_rate_overhead, as `client.labor_rate_overhead.<method>(...)`."""

    get = _rt.operation(_get_labor_rate_overhead.request, "get")
    update = _rt.operation(_update_labor_rate_overhead.request, "update")


class AsyncLaborRateOverhead(_rt.AsyncResource):
    """The operations tagged labor_rate_overhead, awaited: `await client.aio.labor_rate_overhead.<method>(...)`."""

    get = _rt.async_operation(_get_labor_rate_overhead.request, "get")
    update = _rt.async_operation(_update_labor_rate_overhead.request, "update")


__all__ = ["AsyncLaborRateOverhead", "LaborRateOverhead"]
