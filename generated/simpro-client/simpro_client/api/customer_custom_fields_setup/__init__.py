"""The operations tagged customer_custom_fields_setup: `client.customer_custom_fields_setup` (CustomerCustomFieldsSetup) and
`client.aio.customer_custom_fields_setup` (AsyncCustomerCustomFieldsSetup). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_customer_custom_fields_setup as _create_customer_custom_fields_setup
from . import delete_customer_custom_fields_setup as _delete_customer_custom_fields_setup
from . import get_customer_custom_fields_setup as _get_customer_custom_fields_setup
from . import list_customer_custom_fields_setups as _list_customer_custom_fields_setups
from . import update_customer_custom_fields_setup as _update_customer_custom_fields_setup


class CustomerCustomFieldsSetup(_rt.Resource):
    """The operations tagged customer_custom_fields_setup, as `client.customer_custom_fields_setup.<method>(...)`."""

    list_customer_custom_fields_setups = _rt.operation(
        _list_customer_custom_fields_setups.request, "list_customer_custom_fields_setups"
    )
    create = _rt.operation(_create_customer_custom_fields_setup.request, "create")
    get = _rt.operation(_get_customer_custom_fields_setup.request, "get")
    delete = _rt.operation(_delete_customer_custom_fields_setup.request, "delete")
    update = _rt.operation(_update_customer_custom_fields_setup.request, "update")
    iterate_customer_custom_fields_setups = _rt.pages(
        _list_customer_custom_fields_setups.request, "iterate_customer_custom_fields_setups", "page", "page_size"
    )


class AsyncCustomerCustomFieldsSetup(_rt.AsyncResource):
    """The operations tagged customer_custom_fields_setup, awaited: `await client.aio.customer_custom_fields_setup.<method>(...)`."""

    list_customer_custom_fields_setups = _rt.async_operation(
        _list_customer_custom_fields_setups.request, "list_customer_custom_fields_setups"
    )
    create = _rt.async_operation(_create_customer_custom_fields_setup.request, "create")
    get = _rt.async_operation(_get_customer_custom_fields_setup.request, "get")
    delete = _rt.async_operation(_delete_customer_custom_fields_setup.request, "delete")
    update = _rt.async_operation(_update_customer_custom_fields_setup.request, "update")
    iterate_customer_custom_fields_setups = _rt.async_pages(
        _list_customer_custom_fields_setups.request, "iterate_customer_custom_fields_setups", "page", "page_size"
    )


__all__ = ["AsyncCustomerCustomFieldsSetup", "CustomerCustomFieldsSetup"]
