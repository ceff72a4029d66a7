"""The operations tagged job_sections: `client.job_sections` (JobSections) and
`client.aio.job_sections` (AsyncJobSections). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_job_section as _create_job_section
from . import delete_job_section as _delete_job_section
from . import get_job_section as _get_job_section
from . import list_job_sections as _list_job_sections
from . import update_job_section as _update_job_section


class JobSections(_rt.Resource):
    """The operations tagged job_sections, as `client.job_sections.<method>(...)`."""

    list = _rt.operation(_list_job_sections.request, "list")
    create = _rt.operation(_create_job_section.request, "create")
    get = _rt.operation(_get_job_section.request, "get")
    delete = _rt.operation(_delete_job_section.request, "delete")
    update = _rt.operation(_update_job_section.request, "update")
    iterate = _rt.pages(_list_job_sections.request, "iterate", "page", "page_size")


class AsyncJobSections(_rt.AsyncResource):
    """The operations tagged job_sections, awaited: `await client.aio.job_sections.<method>(...)`."""

    list = _rt.async_operation(_list_job_sections.request, "list")
    create = _rt.async_operation(_create_job_section.request, "create")
    get = _rt.async_operation(_get_job_section.request, "get")
    delete = _rt.async_operation(_delete_job_section.request, "delete")
    update = _rt.async_operation(_update_job_section.request, "update")
    iterate = _rt.async_pages(_list_job_sections.request, "iterate", "page", "page_size")


__all__ = ["AsyncJobSections", "JobSections"]
