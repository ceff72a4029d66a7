"""The operations tagged invoice_custom_fields_setup: `client.invoice_custom_fields_setup` (InvoiceCustomFieldsSetup) and
`client.aio.invoice_custom_fields_setup` (AsyncInvoiceCustomFieldsSetup). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_invoice_custom_fields_setup as _create_invoice_custom_fields_setup
from . import delete_invoice_custom_fields_setup as _delete_invoice_custom_fields_setup
from . import get_invoice_custom_fields_setup as _get_invoice_custom_fields_setup
from . import list_invoice_custom_fields_setups as _list_invoice_custom_fields_setups
from . import update_invoice_custom_fields_setup as _update_invoice_custom_fields_setup


class InvoiceCustomFieldsSetup(_rt.Resource):
    """The operations tagged invoice_custom_fields_setup, as `client.invoice_custom_fields_setup.<method>(...)`."""

    list_invoice_custom_fields_setups = _rt.operation(
        _list_invoice_custom_fields_setups.request, "list_invoice_custom_fields_setups"
    )
    create = _rt.operation(_create_invoice_custom_fields_setup.request, "create")
    get = _rt.operation(_get_invoice_custom_fields_setup.request, "get")
    delete = _rt.operation(_delete_invoice_custom_fields_setup.request, "delete")
    update = _rt.operation(_update_invoice_custom_fields_setup.request, "update")
    iterate_invoice_custom_fields_setups = _rt.pages(
        _list_invoice_custom_fields_setups.request, "iterate_invoice_custom_fields_setups", "page", "page_size"
    )


class AsyncInvoiceCustomFieldsSetup(_rt.AsyncResource):
    """The operations tagged invoice_custom_fields_setup, awaited: `await client.aio.invoice_custom_fields_setup.<method>(...)`."""

    list_invoice_custom_fields_setups = _rt.async_operation(
        _list_invoice_custom_fields_setups.request, "list_invoice_custom_fields_setups"
    )
    create = _rt.async_operation(_create_invoice_custom_fields_setup.request, "create")
    get = _rt.async_operation(_get_invoice_custom_fields_setup.request, "get")
    delete = _rt.async_operation(_delete_invoice_custom_fields_setup.request, "delete")
    update = _rt.async_operation(_update_invoice_custom_fields_setup.request, "update")
    iterate_invoice_custom_fields_setups = _rt.async_pages(
        _list_invoice_custom_fields_setups.request, "iterate_invoice_custom_fields_setups", "page", "page_size"
    )


__all__ = ["AsyncInvoiceCustomFieldsSetup", "InvoiceCustomFieldsSetup"]
