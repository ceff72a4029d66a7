"""The operations tagged take_off_template_from_take_off_template: `client.take_off_template_from_take_off_template` (TakeOffTemplateFromTakeOffTemplate) and
`client.aio.take_off_template_from_take_off_template` (AsyncTakeOffTemplateFromTakeOffTemplate). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_take_off_template_from_take_off_template as _create_take_off_template_from_take_off_template


class TakeOffTemplateFromTakeOffTemplate(_rt.Resource):
    """The operations tagged take_off_template_from_take_off_template, as `client.take_off_template_from_take_off_template.<method>(...)`."""

    create = _rt.operation(_create_take_off_template_from_take_off_template.request, "create")


class AsyncTakeOffTemplateFromTakeOffTemplate(_rt.AsyncResource):
    """The operations tagged take_off_template_from_take_off_template, awaited: `await client.aio.take_off_template_from_take_off_template.<method>(...)`."""

    create = _rt.async_operation(_create_take_off_template_from_take_off_template.request, "create")


__all__ = ["AsyncTakeOffTemplateFromTakeOffTemplate", "TakeOffTemplateFromTakeOffTemplate"]
