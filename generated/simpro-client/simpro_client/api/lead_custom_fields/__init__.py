"""The operations tagged lead_custom_fields: `client.lead_custom_fields` (LeadCustomFields) and
`client.aio.lead_custom_fields` (AsyncLeadCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_lead_custom_field as _get_lead_custom_field
from . import list_lead_custom_fields as _list_lead_custom_fields
from . import update_lead_custom_field as _update_lead_custom_field


class LeadCustomFields(_rt.Resource):
    """The operations tagged lead_custom_fields, as `client.lead_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_lead_custom_fields.request, "list")
    get = _rt.operation(_get_lead_custom_field.request, "get")
    update = _rt.operation(_update_lead_custom_field.request, "update")
    iterate = _rt.pages(_list_lead_custom_fields.request, "iterate", "page", "page_size")


class AsyncLeadCustomFields(_rt.AsyncResource):
    """The operations tagged lead_custom_fields, awaited: `await client.aio.lead_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_lead_custom_fields.request, "list")
    get = _rt.async_operation(_get_lead_custom_field.request, "get")
    update = _rt.async_operation(_update_lead_custom_field.request, "update")
    iterate = _rt.async_pages(_list_lead_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncLeadCustomFields", "LeadCustomFields"]
