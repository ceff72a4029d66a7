"""The operations tagged site_contact_custom_fields: `client.site_contact_custom_fields` (SiteContactCustomFields) and
`client.aio.site_contact_custom_fields` (AsyncSiteContactCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_site_contact_custom_field as _get_site_contact_custom_field
from . import list_site_contact_custom_fields as _list_site_contact_custom_fields
from . import update_site_contact_custom_field as _update_site_contact_custom_field


class SiteContactCustomFields(_rt.Resource):
    """The operations tagged site_contact_custom_fields, as `client.site_contact_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_site_contact_custom_fields.request, "list")
    get = _rt.operation(_get_site_contact_custom_field.request, "get")
    update = _rt.operation(_update_site_contact_custom_field.request, "update")
    iterate = _rt.pages(_list_site_contact_custom_fields.request, "iterate", "page", "page_size")


class AsyncSiteContactCustomFields(_rt.AsyncResource):
    """The operations tagged site_contact_custom_fields, awaited: `await client.aio.site_contact_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_site_contact_custom_fields.request, "list")
    get = _rt.async_operation(_get_site_contact_custom_field.request, "get")
    update = _rt.async_operation(_update_site_contact_custom_field.request, "update")
    iterate = _rt.async_pages(_list_site_contact_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncSiteContactCustomFields", "SiteContactCustomFields"]
