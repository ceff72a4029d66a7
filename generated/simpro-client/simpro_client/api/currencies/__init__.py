"""The operations tagged currencies: `client.currencies` (Currencies) and
`client.aio.currencies` (AsyncCurrencies). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_currency as _get_currency
from . import list_currencies as _list_currencies
from . import update_currency as _update_currency


class Currencies(_rt.Resource):
    """The operations tagged currencies, as `client.currencies.<method>(...)`."""

    list = _rt.operation(_list_currencies.request, "list")
    get = _rt.operation(_get_currency.request, "get")
    update = _rt.operation(_update_currency.request, "update")
    iterate = _rt.pages(_list_currencies.request, "iterate", "page", "page_size")


class AsyncCurrencies(_rt.AsyncResource):
    """The operations tagged currencies, awaited: `await client.aio.currencies.<method>(...)`."""

    list = _rt.async_operation(_list_currencies.request, "list")
    get = _rt.async_operation(_get_currency.request, "get")
    update = _rt.async_operation(_update_currency.request, "update")
    iterate = _rt.async_pages(_list_currencies.request, "iterate", "page", "page_size")


__all__ = ["AsyncCurrencies", "Currencies"]
