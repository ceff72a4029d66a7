"""The operations tagged recurring_job_custom_fields: `client.recurring_job_custom_fields` (RecurringJobCustomFields) and
`client.aio.recurring_job_custom_fields` (AsyncRecurringJobCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_recurring_job_custom_field as _get_recurring_job_custom_field
from . import list_recurring_job_custom_fields as _list_recurring_job_custom_fields
from . import update_recurring_job_custom_field as _update_recurring_job_custom_field


class RecurringJobCustomFields(_rt.Resource):
    """The operations tagged recurring_job_custom_fields, as `client.recurring_job_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_recurring_job_custom_fields.request, "list")
    get = _rt.operation(_get_recurring_job_custom_field.request, "get")
    update = _rt.operation(_update_recurring_job_custom_field.request, "update")
    iterate = _rt.pages(_list_recurring_job_custom_fields.request, "iterate", "page", "page_size")


class AsyncRecurringJobCustomFields(_rt.AsyncResource):
    """The operations tagged recurring_job_custom_fields, awaited: `await client.aio.recurring_job_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_recurring_job_custom_fields.request, "list")
    get = _rt.async_operation(_get_recurring_job_custom_field.request, "get")
    update = _rt.async_operation(_update_recurring_job_custom_field.request, "update")
    iterate = _rt.async_pages(_list_recurring_job_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncRecurringJobCustomFields", "RecurringJobCustomFields"]
