"""The operations tagged vendor_order_custom_fields_setup: `client.vendor_order_custom_fields_setup` (VendorOrderCustomFieldsSetup) and
`client.aio.vendor_order_custom_fields_setup` (AsyncVendorOrderCustomFieldsSetup). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_vendor_order_custom_fields_setup as _create_vendor_order_custom_fields_setup
from . import delete_vendor_order_custom_fields_setup as _delete_vendor_order_custom_fields_setup
from . import get_vendor_order_custom_fields_setup as _get_vendor_order_custom_fields_setup
from . import list_vendor_order_custom_fields_setups as _list_vendor_order_custom_fields_setups
from . import update_vendor_order_custom_fields_setup as _update_vendor_order_custom_fields_setup


class VendorOrderCustomFieldsSetup(_rt.Resource):
    """The operations tagged vendor_order_custom_fields_setup, as `client.vendor_order_custom_fields_setup.<method>(...)`."""

    list_vendor_order_custom_fields_setups = _rt.operation(
        _list_vendor_order_custom_fields_setups.request, "list_vendor_order_custom_fields_setups"
    )
    create = _rt.operation(_create_vendor_order_custom_fields_setup.request, "create")
    get = _rt.operation(_get_vendor_order_custom_fields_setup.request, "get")
    delete = _rt.operation(_delete_vendor_order_custom_fields_setup.request, "delete")
    update = _rt.operation(_update_vendor_order_custom_fields_setup.request, "update")
    iterate_vendor_order_custom_fields_setups = _rt.pages(
        _list_vendor_order_custom_fields_setups.request,
        "iterate_vendor_order_custom_fields_setups",
        "page",
        "page_size",
    )


class AsyncVendorOrderCustomFieldsSetup(_rt.AsyncResource):
    """The operations tagged vendor_order_custom_fields_setup, awaited: `await client.aio.vendor_order_custom_fields_setup.<method>(...)`."""

    list_vendor_order_custom_fields_setups = _rt.async_operation(
        _list_vendor_order_custom_fields_setups.request, "list_vendor_order_custom_fields_setups"
    )
    create = _rt.async_operation(_create_vendor_order_custom_fields_setup.request, "create")
    get = _rt.async_operation(_get_vendor_order_custom_fields_setup.request, "get")
    delete = _rt.async_operation(_delete_vendor_order_custom_fields_setup.request, "delete")
    update = _rt.async_operation(_update_vendor_order_custom_fields_setup.request, "update")
    iterate_vendor_order_custom_fields_setups = _rt.async_pages(
        _list_vendor_order_custom_fields_setups.request,
        "iterate_vendor_order_custom_fields_setups",
        "page",
        "page_size",
    )


__all__ = ["AsyncVendorOrderCustomFieldsSetup", "VendorOrderCustomFieldsSetup"]
