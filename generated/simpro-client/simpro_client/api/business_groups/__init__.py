"""The operations tagged business_groups: `client.business_groups` (BusinessGroups) and
`client.aio.business_groups` (AsyncBusinessGroups). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_business_group as _create_business_group
from . import delete_business_group as _delete_business_group
from . import get_business_group as _get_business_group
from . import list_business_groups as _list_business_groups
from . import update_business_group as _update_business_group


class BusinessGroups(_rt.Resource):
    """The operations tagged business_groups, as `client.business_groups.<method>(...)`."""

    list = _rt.operation(_list_business_groups.request, "list")
    create = _rt.operation(_create_business_group.request, "create")
    get = _rt.operation(_get_business_group.request, "get")
    delete = _rt.operation(_delete_business_group.request, "delete")
    update = _rt.operation(_update_business_group.request, "update")
    iterate = _rt.pages(_list_business_groups.request, "iterate", "page", "page_size")


class AsyncBusinessGroups(_rt.AsyncResource):
    """The operations tagged business_groups, awaited: `await client.aio.business_groups.<method>(...)`."""

    list = _rt.async_operation(_list_business_groups.request, "list")
    create = _rt.async_operation(_create_business_group.request, "create")
    get = _rt.async_operation(_get_business_group.request, "get")
    delete = _rt.async_operation(_delete_business_group.request, "delete")
    update = _rt.async_operation(_update_business_group.request, "update")
    iterate = _rt.async_pages(_list_business_groups.request, "iterate", "page", "page_size")


__all__ = ["AsyncBusinessGroups", "BusinessGroups"]
