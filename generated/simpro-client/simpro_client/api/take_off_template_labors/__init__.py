"""The operations tagged take_off_template_labors: `client.take_off_template_labors` (TakeOffTemplateLabors) and
`client.aio.take_off_template_labors` (AsyncTakeOffTemplateLabors). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_take_off_template_labor as _create_take_off_template_labor
from . import delete_take_off_template_labor as _delete_take_off_template_labor
from . import get_take_off_template_labor as _get_take_off_template_labor
from . import list_take_off_template_labors as _list_take_off_template_labors
from . import update_take_off_template_labor as _update_take_off_template_labor


class TakeOffTemplateLabors(_rt.Resource):
    """The operations tagged take_off_template_labors, as `client.take_off_template_labors.<method>(...)`."""

    list = _rt.operation(_list_take_off_template_labors.request, "list")
    create = _rt.operation(_create_take_off_template_labor.request, "create")
    get = _rt.operation(_get_take_off_template_labor.request, "get")
    delete = _rt.operation(_delete_take_off_template_labor.request, "delete")
    update = _rt.operation(_update_take_off_template_labor.request, "update")
    iterate = _rt.pages(_list_take_off_template_labors.request, "iterate", "page", "page_size")


class AsyncTakeOffTemplateLabors(_rt.AsyncResource):
    """The operations tagged take_off_template_labors, awaited: `await client.aio.take_off_template_labors.<method>(...)`."""

    list = _rt.async_operation(_list_take_off_template_labors.request, "list")
    create = _rt.async_operation(_create_take_off_template_labor.request, "create")
    get = _rt.async_operation(_get_take_off_template_labor.request, "get")
    delete = _rt.async_operation(_delete_take_off_template_labor.request, "delete")
    update = _rt.async_operation(_update_take_off_template_labor.request, "update")
    iterate = _rt.async_pages(_list_take_off_template_labors.request, "iterate", "page", "page_size")


__all__ = ["AsyncTakeOffTemplateLabors", "TakeOffTemplateLabors"]
