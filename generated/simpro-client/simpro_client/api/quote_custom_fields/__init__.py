"""The operations tagged quote_custom_fields: `client.quote_custom_fields` (QuoteCustomFields) and
`client.aio.quote_custom_fields` (AsyncQuoteCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_quote_custom_field as _get_quote_custom_field
from . import list_quote_custom_fields as _list_quote_custom_fields
from . import update_quote_custom_field as _update_quote_custom_field


class QuoteCustomFields(_rt.Resource):
    """The operations tagged quote_custom_fields, as `client.quote_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_quote_custom_fields.request, "list")
    get = _rt.operation(_get_quote_custom_field.request, "get")
    update = _rt.operation(_update_quote_custom_field.request, "update")
    iterate = _rt.pages(_list_quote_custom_fields.request, "iterate", "page", "page_size")


class AsyncQuoteCustomFields(_rt.AsyncResource):
    """The operations tagged quote_custom_fields, awaited: `await client.aio.quote_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_quote_custom_fields.request, "list")
    get = _rt.async_operation(_get_quote_custom_field.request, "get")
    update = _rt.async_operation(_update_quote_custom_field.request, "update")
    iterate = _rt.async_pages(_list_quote_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteCustomFields", "QuoteCustomFields"]
