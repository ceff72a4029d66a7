"""The operations tagged quotes: `client.quotes` (Quotes) and
`client.aio.quotes` (AsyncQuotes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_quote as _create_quote
from . import delete_quote as _delete_quote
from . import get_quote as _get_quote
from . import list_quotes as _list_quotes
from . import update_quote as _update_quote


class Quotes(_rt.Resource):
    """The operations tagged quotes, as `client.quotes.<method>(...)`."""

    list = _rt.operation(_list_quotes.request, "list")
    create = _rt.operation(_create_quote.request, "create")
    get = _rt.operation(_get_quote.request, "get")
    delete = _rt.operation(_delete_quote.request, "delete")
    update = _rt.operation(_update_quote.request, "update")
    iterate = _rt.pages(_list_quotes.request, "iterate", "page", "page_size")


class AsyncQuotes(_rt.AsyncResource):
    """The operations tagged quotes, awaited: `await client.aio.quotes.<method>(...)`."""

    list = _rt.async_operation(_list_quotes.request, "list")
    create = _rt.async_operation(_create_quote.request, "create")
    get = _rt.async_operation(_get_quote.request, "get")
    delete = _rt.async_operation(_delete_quote.request, "delete")
    update = _rt.async_operation(_update_quote.request, "update")
    iterate = _rt.async_pages(_list_quotes.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuotes", "Quotes"]
