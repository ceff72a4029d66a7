"""The operations tagged take_off_template_sub_groups: `client.take_off_template_sub_groups` (TakeOffTemplateSubGroups) and
`client.aio.take_off_template_sub_groups` (AsyncTakeOffTemplateSubGroups). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_take_off_template_sub_group as _create_take_off_template_sub_group
from . import delete_take_off_template_sub_group as _delete_take_off_template_sub_group
from . import get_take_off_template_sub_group as _get_take_off_template_sub_group
from . import list_take_off_template_sub_groups as _list_take_off_template_sub_groups
from . import update_take_off_template_sub_group as _update_take_off_template_sub_group


class TakeOffTemplateSubGroups(_rt.Resource):
    """The operations tagged take_off_template_sub_groups, as `client.take_off_template_sub_groups.<method>(...)`."""

    list = _rt.operation(_list_take_off_template_sub_groups.request, "list")
    create = _rt.operation(_create_take_off_template_sub_group.request, "create")
    get = _rt.operation(_get_take_off_template_sub_group.request, "get")
    delete = _rt.operation(_delete_take_off_template_sub_group.request, "delete")
    update = _rt.operation(_update_take_off_template_sub_group.request, "update")
    iterate = _rt.pages(_list_take_off_template_sub_groups.request, "iterate", "page", "page_size")


class AsyncTakeOffTemplateSubGroups(_rt.AsyncResource):
    """The operations tagged take_off_template_sub_groups, awaited: `await client.aio.take_off_template_sub_groups.<method>(...)`."""

    list = _rt.async_operation(_list_take_off_template_sub_groups.request, "list")
    create = _rt.async_operation(_create_take_off_template_sub_group.request, "create")
    get = _rt.async_operation(_get_take_off_template_sub_group.request, "get")
    delete = _rt.async_operation(_delete_take_off_template_sub_group.request, "delete")
    update = _rt.async_operation(_update_take_off_template_sub_group.request, "update")
    iterate = _rt.async_pages(_list_take_off_template_sub_groups.request, "iterate", "page", "page_size")


__all__ = ["AsyncTakeOffTemplateSubGroups", "TakeOffTemplateSubGroups"]
