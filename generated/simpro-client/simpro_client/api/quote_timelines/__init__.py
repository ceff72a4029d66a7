"""The operations tagged quote_timelines: `client.quote_timelines` (QuoteTimelines) and
`client.aio.quote_timelines` (AsyncQuoteTimelines). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import list_quote_timelines as _list_quote_timelines


class QuoteTimelines(_rt.Resource):
    """The operations tagged quote_timelines, as `client.quote_timelines.<method>(...)`."""

    list = _rt.operation(_list_quote_timelines.request, "list")


class AsyncQuoteTimelines(_rt.AsyncResource):
    """The operations tagged quote_timelines, awaited: `await client.aio.quote_timelines.<method>(...)`."""

    list = _rt.async_operation(_list_quote_timelines.request, "list")


__all__ = ["AsyncQuoteTimelines", "QuoteTimelines"]
