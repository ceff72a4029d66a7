"""The operations tagged take_off_templates: `client.take_off_templates` (TakeOffTemplates) and
`client.aio.take_off_templates` (AsyncTakeOffTemplates). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_take_off_template as _create_take_off_template
from . import delete_take_off_template as _delete_take_off_template
from . import get_take_off_template as _get_take_off_template
from . import list_take_off_templates as _list_take_off_templates
from . import update_take_off_template as _update_take_off_template


class TakeOffTemplates(_rt.Resource):
    """The operations tagged take_off_templates, as `client.take_off_templates.<method>(...)`."""

    list = _rt.operation(_list_take_off_templates.request, "list")
    create = _rt.operation(_create_take_off_template.request, "create")
    get = _rt.operation(_get_take_off_template.request, "get")
    delete = _rt.operation(_delete_take_off_template.request, "delete")
    update = _rt.operation(_update_take_off_template.request, "update")
    iterate = _rt.pages(_list_take_off_templates.request, "iterate", "page", "page_size")


class AsyncTakeOffTemplates(_rt.AsyncResource):
    """The operations tagged take_off_templates, awaited: `await client.aio.take_off_templates.<method>(...)`."""

    list = _rt.async_operation(_list_take_off_templates.request, "list")
    create = _rt.async_operation(_create_take_off_template.request, "create")
    get = _rt.async_operation(_get_take_off_template.request, "get")
    delete = _rt.async_operation(_delete_take_off_template.request, "delete")
    update = _rt.async_operation(_update_take_off_template.request, "update")
    iterate = _rt.async_pages(_list_take_off_templates.request, "iterate", "page", "page_size")


__all__ = ["AsyncTakeOffTemplates", "TakeOffTemplates"]
