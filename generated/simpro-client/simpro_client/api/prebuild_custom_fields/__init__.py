"""The operations tagged prebuild_custom_fields: `client.prebuild_custom_fields` (PrebuildCustomFields) and
`client.aio.prebuild_custom_fields` (AsyncPrebuildCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_prebuild_custom_field as _get_prebuild_custom_field
from . import list_prebuild_custom_fields as _list_prebuild_custom_fields
from . import update_prebuild_custom_field as _update_prebuild_custom_field


class PrebuildCustomFields(_rt.Resource):
    """The operations tagged prebuild_custom_fields, as `client.prebuild_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_prebuild_custom_fields.request, "list")
    get = _rt.operation(_get_prebuild_custom_field.request, "get")
    update = _rt.operation(_update_prebuild_custom_field.request, "update")
    iterate = _rt.pages(_list_prebuild_custom_fields.request, "iterate", "page", "page_size")


class AsyncPrebuildCustomFields(_rt.AsyncResource):
    """The operations tagged prebuild_custom_fields, awaited: `await client.aio.prebuild_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_prebuild_custom_fields.request, "list")
    get = _rt.async_operation(_get_prebuild_custom_field.request, "get")
    update = _rt.async_operation(_update_prebuild_custom_field.request, "update")
    iterate = _rt.async_pages(_list_prebuild_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncPrebuildCustomFields", "PrebuildCustomFields"]
