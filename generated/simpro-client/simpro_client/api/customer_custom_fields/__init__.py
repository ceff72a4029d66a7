"""The operations tagged customer_custom_fields: `client.customer_custom_fields` (CustomerCustomFields) and
`client.aio.customer_custom_fields` (AsyncCustomerCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_customer_custom_field as _get_customer_custom_field
from . import list_customer_custom_fields as _list_customer_custom_fields
from . import update_customer_custom_field as _update_customer_custom_field


class CustomerCustomFields(_rt.Resource):
    """The operations tagged customer_custom_fields, as `client.customer_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_customer_custom_fields.request, "list")
    get = _rt.operation(_get_customer_custom_field.request, "get")
    update = _rt.operation(_update_customer_custom_field.request, "update")
    iterate = _rt.pages(_list_customer_custom_fields.request, "iterate", "page", "page_size")


class AsyncCustomerCustomFields(_rt.AsyncResource):
    """The operations tagged customer_custom_fields, awaited: `await client.aio.customer_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_customer_custom_fields.request, "list")
    get = _rt.async_operation(_get_customer_custom_field.request, "get")
    update = _rt.async_operation(_update_customer_custom_field.request, "update")
    iterate = _rt.async_pages(_list_customer_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerCustomFields", "CustomerCustomFields"]
