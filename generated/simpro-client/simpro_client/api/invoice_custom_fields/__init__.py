"""The operations tagged invoice_custom_fields: `client.invoice_custom_fields` (InvoiceCustomFields) and
`client.aio.invoice_custom_fields` (AsyncInvoiceCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_invoice_custom_field as _get_invoice_custom_field
from . import list_invoice_custom_fields as _list_invoice_custom_fields
from . import update_invoice_custom_field as _update_invoice_custom_field


class InvoiceCustomFields(_rt.Resource):
    """The operations tagged invoice_custom_fields, as `client.invoice_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_invoice_custom_fields.request, "list")
    get = _rt.operation(_get_invoice_custom_field.request, "get")
    update = _rt.operation(_update_invoice_custom_field.request, "update")
    iterate = _rt.pages(_list_invoice_custom_fields.request, "iterate", "page", "page_size")


class AsyncInvoiceCustomFields(_rt.AsyncResource):
    """The operations tagged invoice_custom_fields, awaited: `await client.aio.invoice_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_invoice_custom_fields.request, "list")
    get = _rt.async_operation(_get_invoice_custom_field.request, "get")
    update = _rt.async_operation(_update_invoice_custom_field.request, "update")
    iterate = _rt.async_pages(_list_invoice_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncInvoiceCustomFields", "InvoiceCustomFields"]
