"""The operations tagged quote_contractor_job_custom_fields: `client.quote_contractor_job_custom_fields` (QuoteContractorJobCustomFields) and
`client.aio.quote_contractor_job_custom_fields` (AsyncQuoteContractorJobCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_quote_contractor_job_custom_field as _get_quote_contractor_job_custom_field
from . import list_quote_contractor_job_custom_fields as _list_quote_contractor_job_custom_fields
from . import update_quote_contractor_job_custom_field as _update_quote_contractor_job_custom_field


class QuoteContractorJobCustomFields(_rt.Resource):
    """The operations tagged quote_contractor_job_custom_fields, as `client.quote_contractor_job_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_quote_contractor_job_custom_fields.request, "list")
    get = _rt.operation(_get_quote_contractor_job_custom_field.request, "get")
    update = _rt.operation(_update_quote_contractor_job_custom_field.request, "update")
    iterate = _rt.pages(_list_quote_contractor_job_custom_fields.request, "iterate", "page", "page_size")


class AsyncQuoteContractorJobCustomFields(_rt.AsyncResource):
    """The operations tagged quote_contractor_job_custom_fields, awaited: `await client.aio.quote_contractor_job_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_quote_contractor_job_custom_fields.request, "list")
    get = _rt.async_operation(_get_quote_contractor_job_custom_field.request, "get")
    update = _rt.async_operation(_update_quote_contractor_job_custom_field.request, "update")
    iterate = _rt.async_pages(_list_quote_contractor_job_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteContractorJobCustomFields", "QuoteContractorJobCustomFields"]
