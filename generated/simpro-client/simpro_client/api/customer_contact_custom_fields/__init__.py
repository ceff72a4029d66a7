"""The operations tagged customer_contact_custom_fields: `client.customer_contact_custom_fields` (CustomerContactCustomFields) and
`client.aio.customer_contact_custom_fields` (AsyncCustomerContactCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_customer_contact_custom_field as _get_customer_contact_custom_field
from . import list_customer_contact_custom_fields as _list_customer_contact_custom_fields
from . import update_customer_contact_custom_field as _update_customer_contact_custom_field


class CustomerContactCustomFields(_rt.Resource):
    """The operations tagged customer_contact_custom_fields, as `client.customer_contact_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_customer_contact_custom_fields.request, "list")
    get = _rt.operation(_get_customer_contact_custom_field.request, "get")
    update = _rt.operation(_update_customer_contact_custom_field.request, "update")
    iterate = _rt.pages(_list_customer_contact_custom_fields.request, "iterate", "page", "page_size")


class AsyncCustomerContactCustomFields(_rt.AsyncResource):
    """The operations tagged customer_contact_custom_fields, awaited: `await client.aio.customer_contact_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_customer_contact_custom_fields.request, "list")
    get = _rt.async_operation(_get_customer_contact_custom_field.request, "get")
    update = _rt.async_operation(_update_customer_contact_custom_field.request, "update")
    iterate = _rt.async_pages(_list_customer_contact_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerContactCustomFields", "CustomerContactCustomFields"]
