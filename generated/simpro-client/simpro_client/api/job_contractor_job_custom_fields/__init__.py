"""The operations tagged job_contractor_job_custom_fields: `client.job_contractor_job_custom_fields` (JobContractorJobCustomFields) and
`client.aio.job_contractor_job_custom_fields` (AsyncJobContractorJobCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_job_contractor_job_custom_field as _get_job_contractor_job_custom_field
from . import list_job_contractor_job_custom_fields as _list_job_contractor_job_custom_fields
from . import update_job_contractor_job_custom_field as _update_job_contractor_job_custom_field


class JobContractorJobCustomFields(_rt.Resource):
    """The operations tagged job_contractor_job_custom_fields, as `client.job_contractor_job_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_job_contractor_job_custom_fields.request, "list")
    get = _rt.operation(_get_job_contractor_job_custom_field.request, "get")
    update = _rt.operation(_update_job_contractor_job_custom_field.request, "update")
    iterate = _rt.pages(_list_job_contractor_job_custom_fields.request, "iterate", "page", "page_size")


class AsyncJobContractorJobCustomFields(_rt.AsyncResource):
    """The operations tagged job_contractor_job_custom_fields, awaited: `await client.aio.job_contractor_job_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_job_contractor_job_custom_fields.request, "list")
    get = _rt.async_operation(_get_job_contractor_job_custom_field.request, "get")
    update = _rt.async_operation(_update_job_contractor_job_custom_field.request, "update")
    iterate = _rt.async_pages(_list_job_contractor_job_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncJobContractorJobCustomFields", "JobContractorJobCustomFields"]
