"""The operations tagged take_off_template_lock: `client.take_off_template_lock` (TakeOffTemplateLock) and
`client.aio.take_off_template_lock` (AsyncTakeOffTemplateLock). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_take_off_template_lock as _create_take_off_template_lock
from . import delete_take_off_template_lock as _delete_take_off_template_lock


class TakeOffTemplateLock(_rt.Resource):
    """The operations tagged take_off_template_lock, as `client.take_off_template_lock.<method>(...)`."""

    create = _rt.operation(_create_take_off_template_lock.request, "create")
    delete = _rt.operation(_delete_take_off_template_lock.request, "delete")


class AsyncTakeOffTemplateLock(_rt.AsyncResource):
    """The operations tagged take_off_template_lock, awaited: `await client.aio.take_off_template_lock.<method>(...)`."""

    create = _rt.async_operation(_create_take_off_template_lock.request, "create")
    delete = _rt.async_operation(_delete_take_off_template_lock.request, "delete")


__all__ = ["AsyncTakeOffTemplateLock", "TakeOffTemplateLock"]
