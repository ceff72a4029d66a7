"""The operations tagged prebuild_groups: `client.prebuild_groups` (PrebuildGroups) and
`client.aio.prebuild_groups` (AsyncPrebuildGroups). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_prebuild_group as _create_prebuild_group
from . import delete_prebuild_group as _delete_prebuild_group
from . import get_prebuild_group as _get_prebuild_group
from . import list_prebuild_groups as _list_prebuild_groups
from . import update_prebuild_group as _update_prebuild_group


class PrebuildGroups(_rt.Resource):
    """The operations tagged prebuild_groups, as `client.prebuild_groups.<method>(...)`."""

    list = _rt.operation(_list_prebuild_groups.request, "list")
    create = _rt.operation(_create_prebuild_group.request, "create")
    get = _rt.operation(_get_prebuild_group.request, "get")
    delete = _rt.operation(_delete_prebuild_group.request, "delete")
    update = _rt.operation(_update_prebuild_group.request, "update")
    iterate = _rt.pages(_list_prebuild_groups.request, "iterate", "page", "page_size")


class AsyncPrebuildGroups(_rt.AsyncResource):
    """The operations tagged prebuild_groups, awaited: `await client.aio.prebuild_groups.<method>(...)`."""

    list = _rt.async_operation(_list_prebuild_groups.request, "list")
    create = _rt.async_operation(_create_prebuild_group.request, "create")
    get = _rt.async_operation(_get_prebuild_group.request, "get")
    delete = _rt.async_operation(_delete_prebuild_group.request, "delete")
    update = _rt.async_operation(_update_prebuild_group.request, "update")
    iterate = _rt.async_pages(_list_prebuild_groups.request, "iterate", "page", "page_size")


__all__ = ["AsyncPrebuildGroups", "PrebuildGroups"]
