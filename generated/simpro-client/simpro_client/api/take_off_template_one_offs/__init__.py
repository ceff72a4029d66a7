"""The operations tagged take_off_template_one_offs: `client.take_off_template_one_offs` (TakeOffTemplateOneOffs) and
`client.aio.take_off_template_one_offs` (AsyncTakeOffTemplateOneOffs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_take_off_template_one_off as _create_take_off_template_one_off
from . import delete_take_off_template_one_off as _delete_take_off_template_one_off
from . import get_take_off_template_one_off as _get_take_off_template_one_off
from . import list_take_off_template_one_offs as _list_take_off_template_one_offs
from . import update_take_off_template_one_off as _update_take_off_template_one_off


class TakeOffTemplateOneOffs(_rt.Resource):
    """The operations tagged take_off_template_one_offs, as `client.take_off_template_one_offs.<method>(...)`."""

    list = _rt.operation(_list_take_off_template_one_offs.request, "list")
    create = _rt.operation(_create_take_off_template_one_off.request, "create")
    get = _rt.operation(_get_take_off_template_one_off.request, "get")
    delete = _rt.operation(_delete_take_off_template_one_off.request, "delete")
    update = _rt.operation(_update_take_off_template_one_off.request, "update")
    iterate = _rt.pages(_list_take_off_template_one_offs.request, "iterate", "page", "page_size")


class AsyncTakeOffTemplateOneOffs(_rt.AsyncResource):
    """The operations tagged take_off_template_one_offs, awaited: `await client.aio.take_off_template_one_offs.<method>(...)`."""

    list = _rt.async_operation(_list_take_off_template_one_offs.request, "list")
    create = _rt.async_operation(_create_take_off_template_one_off.request, "create")
    get = _rt.async_operation(_get_take_off_template_one_off.request, "get")
    delete = _rt.async_operation(_delete_take_off_template_one_off.request, "delete")
    update = _rt.async_operation(_update_take_off_template_one_off.request, "update")
    iterate = _rt.async_pages(_list_take_off_template_one_offs.request, "iterate", "page", "page_size")


__all__ = ["AsyncTakeOffTemplateOneOffs", "TakeOffTemplateOneOffs"]
