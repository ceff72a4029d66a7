"""The operations tagged customer_groups: `client.customer_groups` (CustomerGroups) and
`client.aio.customer_groups` (AsyncCustomerGroups). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_customer_group as _create_customer_group
from . import delete_customer_group as _delete_customer_group
from . import get_customer_group as _get_customer_group
from . import list_customer_groups as _list_customer_groups
from . import update_customer_group as _update_customer_group


class CustomerGroups(_rt.Resource):
    """The operations tagged customer_groups, as `client.customer_groups.<method>(...)`."""

    list = _rt.operation(_list_customer_groups.request, "list")
    create = _rt.operation(_create_customer_group.request, "create")
    get = _rt.operation(_get_customer_group.request, "get")
    delete = _rt.operation(_delete_customer_group.request, "delete")
    update = _rt.operation(_update_customer_group.request, "update")
    iterate = _rt.pages(_list_customer_groups.request, "iterate", "page", "page_size")


class AsyncCustomerGroups(_rt.AsyncResource):
    """The operations tagged customer_groups, awaited: `await client.aio.customer_groups.<method>(...)`."""

    list = _rt.async_operation(_list_customer_groups.request, "list")
    create = _rt.async_operation(_create_customer_group.request, "create")
    get = _rt.async_operation(_get_customer_group.request, "get")
    delete = _rt.async_operation(_delete_customer_group.request, "delete")
    update = _rt.async_operation(_update_customer_group.request, "update")
    iterate = _rt.async_pages(_list_customer_groups.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerGroups", "CustomerGroups"]
