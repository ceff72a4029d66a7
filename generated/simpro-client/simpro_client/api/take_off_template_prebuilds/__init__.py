"""The operations tagged take_off_template_prebuilds: `client.take_off_template_prebuilds` (TakeOffTemplatePrebuilds) and
`client.aio.take_off_template_prebuilds` (AsyncTakeOffTemplatePrebuilds). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_take_off_template_prebuild as _create_take_off_template_prebuild
from . import delete_take_off_template_prebuild as _delete_take_off_template_prebuild
from . import get_take_off_template_prebuild as _get_take_off_template_prebuild
from . import list_take_off_template_prebuilds as _list_take_off_template_prebuilds
from . import update_take_off_template_prebuild as _update_take_off_template_prebuild


class TakeOffTemplatePrebuilds(_rt.Resource):
    """The operations tagged take_off_template_prebuilds, as `client.take_off_template_prebuilds.<method>(...)`."""

    list = _rt.operation(_list_take_off_template_prebuilds.request, "list")
    create = _rt.operation(_create_take_off_template_prebuild.request, "create")
    get = _rt.operation(_get_take_off_template_prebuild.request, "get")
    delete = _rt.operation(_delete_take_off_template_prebuild.request, "delete")
    update = _rt.operation(_update_take_off_template_prebuild.request, "update")
    iterate = _rt.pages(_list_take_off_template_prebuilds.request, "iterate", "page", "page_size")


class AsyncTakeOffTemplatePrebuilds(_rt.AsyncResource):
    """The operations tagged take_off_template_prebuilds, awaited: `await client.aio.take_off_template_prebuilds.<method>(...)`."""

    list = _rt.async_operation(_list_take_off_template_prebuilds.request, "list")
    create = _rt.async_operation(_create_take_off_template_prebuild.request, "create")
    get = _rt.async_operation(_get_take_off_template_prebuild.request, "get")
    delete = _rt.async_operation(_delete_take_off_template_prebuild.request, "delete")
    update = _rt.async_operation(_update_take_off_template_prebuild.request, "update")
    iterate = _rt.async_pages(_list_take_off_template_prebuilds.request, "iterate", "page", "page_size")


__all__ = ["AsyncTakeOffTemplatePrebuilds", "TakeOffTemplatePrebuilds"]
