"""The operations tagged vendor_order_custom_fields: `client.vendor_order_custom_fields` (VendorOrderCustomFields) and
`client.aio.vendor_order_custom_fields` (AsyncVendorOrderCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_vendor_order_custom_field as _get_vendor_order_custom_field
from . import list_vendor_order_custom_fields as _list_vendor_order_custom_fields
from . import update_vendor_order_custom_field as _update_vendor_order_custom_field


class VendorOrderCustomFields(_rt.Resource):
    """The operations tagged vendor_order_custom_fields, as `client.vendor_order_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_vendor_order_custom_fields.request, "list")
    get = _rt.operation(_get_vendor_order_custom_field.request, "get")
    update = _rt.operation(_update_vendor_order_custom_field.request, "update")
    iterate = _rt.pages(_list_vendor_order_custom_fields.request, "iterate", "page", "page_size")


class AsyncVendorOrderCustomFields(_rt.AsyncResource):
    """The operations tagged vendor_order_custom_fields, awaited: `await client.aio.vendor_order_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_order_custom_fields.request, "list")
    get = _rt.async_operation(_get_vendor_order_custom_field.request, "get")
    update = _rt.async_operation(_update_vendor_order_custom_field.request, "update")
    iterate = _rt.async_pages(_list_vendor_order_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendorOrderCustomFields", "VendorOrderCustomFields"]
