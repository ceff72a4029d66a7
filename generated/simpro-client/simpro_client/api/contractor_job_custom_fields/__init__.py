"""The operations tagged contractor_job_custom_fields: `client.contractor_job_custom_fields` (ContractorJobCustomFields) and
`client.aio.contractor_job_custom_fields` (AsyncContractorJobCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_contractor_job_custom_field as _get_contractor_job_custom_field
from . import list_contractor_job_custom_fields as _list_contractor_job_custom_fields
from . import update_contractor_job_custom_field as _update_contractor_job_custom_field


class ContractorJobCustomFields(_rt.Resource):
    """The operations tagged contractor_job_custom_fields, as `client.contractor_job_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_contractor_job_custom_fields.request, "list")
    get = _rt.operation(_get_contractor_job_custom_field.request, "get")
    update = _rt.operation(_update_contractor_job_custom_field.request, "update")
    iterate = _rt.pages(_list_contractor_job_custom_fields.request, "iterate", "page", "page_size")


class AsyncContractorJobCustomFields(_rt.AsyncResource):
    """The operations tagged contractor_job_custom_fields, awaited: `await client.aio.contractor_job_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_contractor_job_custom_fields.request, "list")
    get = _rt.async_operation(_get_contractor_job_custom_field.request, "get")
    update = _rt.async_operation(_update_contractor_job_custom_field.request, "update")
    iterate = _rt.async_pages(_list_contractor_job_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncContractorJobCustomFields", "ContractorJobCustomFields"]
