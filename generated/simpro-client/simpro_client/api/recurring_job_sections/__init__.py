"""The operations tagged recurring_job_sections: `client.recurring_job_sections` (RecurringJobSections) and
`client.aio.recurring_job_sections` (AsyncRecurringJobSections). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_recurring_job_section as _create_recurring_job_section
from . import delete_recurring_job_section as _delete_recurring_job_section
from . import get_recurring_job_section as _get_recurring_job_section
from . import list_recurring_job_sections as _list_recurring_job_sections
from . import update_recurring_job_section as _update_recurring_job_section


class RecurringJobSections(_rt.Resource):
    """The operations tagged recurring_job_sections, as `client.recurring_job_sections.<method>(...)`."""

    list = _rt.operation(_list_recurring_job_sections.request, "list")
    create = _rt.operation(_create_recurring_job_section.request, "create")
    get = _rt.operation(_get_recurring_job_section.request, "get")
    delete = _rt.operation(_delete_recurring_job_section.request, "delete")
    update = _rt.operation(_update_recurring_job_section.request, "update")
    iterate = _rt.pages(_list_recurring_job_sections.request, "iterate", "page", "page_size")


class AsyncRecurringJobSections(_rt.AsyncResource):
    """The operations tagged recurring_job_sections, awaited: `await client.aio.recurring_job_sections.<method>(...)`."""

    list = _rt.async_operation(_list_recurring_job_sections.request, "list")
    create = _rt.async_operation(_create_recurring_job_section.request, "create")
    get = _rt.async_operation(_get_recurring_job_section.request, "get")
    delete = _rt.async_operation(_delete_recurring_job_section.request, "delete")
    update = _rt.async_operation(_update_recurring_job_section.request, "update")
    iterate = _rt.async_pages(_list_recurring_job_sections.request, "iterate", "page", "page_size")


__all__ = ["AsyncRecurringJobSections", "RecurringJobSections"]
