"""The operations tagged custom_fields: `client.custom_fields` (CustomFields) and
`client.aio.custom_fields` (AsyncCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_custom_field as _get_custom_field
from . import list_custom_fields as _list_custom_fields
from . import update_custom_field as _update_custom_field


class CustomFields(_rt.Resource):
    """The operations tagged custom_fields, as `client.custom_fields.<method>(...)`."""

    list = _rt.operation(_list_custom_fields.request, "list")
    get = _rt.operation(_get_custom_field.request, "get")
    update = _rt.operation(_update_custom_field.request, "update")
    iterate = _rt.pages(_list_custom_fields.request, "iterate", "page", "page_size")


class AsyncCustomFields(_rt.AsyncResource):
    """The operations tagged custom_fields, awaited: `await client.aio.custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_custom_fields.request, "list")
    get = _rt.async_operation(_get_custom_field.request, "get")
    update = _rt.async_operation(_update_custom_field.request, "update")
    iterate = _rt.async_pages(_list_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomFields", "CustomFields"]
