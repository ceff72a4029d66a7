"""The operations tagged service_fees: `client.service_fees` (ServiceFees) and
`client.aio.service_fees` (AsyncServiceFees). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_service_fee as _get_service_fee
from . import list_service_fees as _list_service_fees


class ServiceFees(_rt.Resource):
    """The operations tagged service_fees, as `client.service_fees.<method>(...)`."""

    list = _rt.operation(_list_service_fees.request, "list")
    get = _rt.operation(_get_service_fee.request, "get")
    iterate = _rt.pages(_list_service_fees.request, "iterate", "page", "page_size")


class AsyncServiceFees(_rt.AsyncResource):
    """The operations tagged service_fees, awaited: `await client.aio.service_fees.<method>(...)`."""

    list = _rt.async_operation(_list_service_fees.request, "list")
    get = _rt.async_operation(_get_service_fee.request, "get")
    iterate = _rt.async_pages(_list_service_fees.request, "iterate", "page", "page_size")


__all__ = ["AsyncServiceFees", "ServiceFees"]
