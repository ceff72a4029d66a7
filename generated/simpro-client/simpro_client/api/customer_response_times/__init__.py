"""The operations tagged customer_response_times: `client.customer_response_times` (CustomerResponseTimes) and
`client.aio.customer_response_times` (AsyncCustomerResponseTimes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_customer_response_time as _create_customer_response_time
from . import delete_customer_response_time as _delete_customer_response_time
from . import get_customer_response_time as _get_customer_response_time
from . import list_customer_response_times as _list_customer_response_times
from . import update_customer_response_time as _update_customer_response_time


class CustomerResponseTimes(_rt.Resource):
    """The operations tagged customer_response_times, as `client.customer_response_times.<method>(...)`."""

    list = _rt.operation(_list_customer_response_times.request, "list")
    create = _rt.operation(_create_customer_response_time.request, "create")
    get = _rt.operation(_get_customer_response_time.request, "get")
    delete = _rt.operation(_delete_customer_response_time.request, "delete")
    update = _rt.operation(_update_customer_response_time.request, "update")
    iterate = _rt.pages(_list_customer_response_times.request, "iterate", "page", "page_size")


class AsyncCustomerResponseTimes(_rt.AsyncResource):
    """The operations tagged customer_response_times, awaited: `await client.aio.customer_response_times.<method>(...)`."""

    list = _rt.async_operation(_list_customer_response_times.request, "list")
    create = _rt.async_operation(_create_customer_response_time.request, "create")
    get = _rt.async_operation(_get_customer_response_time.request, "get")
    delete = _rt.async_operation(_delete_customer_response_time.request, "delete")
    update = _rt.async_operation(_update_customer_response_time.request, "update")
    iterate = _rt.async_pages(_list_customer_response_times.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerResponseTimes", "CustomerResponseTimes"]
