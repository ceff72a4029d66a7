"""The operations tagged quote_archive_reasons: `client.quote_archive_reasons` (QuoteArchiveReasons) and
`client.aio.quote_archive_reasons` (AsyncQuoteArchiveReasons). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_quote_archive_reason as _create_quote_archive_reason
from . import delete_quote_archive_reason as _delete_quote_archive_reason
from . import get_quote_archive_reason as _get_quote_archive_reason
from . import list_quote_archive_reasons as _list_quote_archive_reasons
from . import update_quote_archive_reason as _update_quote_archive_reason


class QuoteArchiveReasons(_rt.Resource):
    """The operations tagged quote_archive_reasons, as `client.quote_archive_reasons.<method>(...)`."""

    list = _rt.operation(_list_quote_archive_reasons.request, "list")
    create = _rt.operation(_create_quote_archive_reason.request, "create")
    get = _rt.operation(_get_quote_archive_reason.request, "get")
    delete = _rt.operation(_delete_quote_archive_reason.request, "delete")
    update = _rt.operation(_update_quote_archive_reason.request, "update")
    iterate = _rt.pages(_list_quote_archive_reasons.request, "iterate", "page", "page_size")


class AsyncQuoteArchiveReasons(_rt.AsyncResource):
    """The operations tagged quote_archive_reasons, awaited: `await client.aio.quote_archive_reasons.<method>(...)`."""

    list = _rt.async_operation(_list_quote_archive_reasons.request, "list")
    create = _rt.async_operation(_create_quote_archive_reason.request, "create")
    get = _rt.async_operation(_get_quote_archive_reason.request, "get")
    delete = _rt.async_operation(_delete_quote_archive_reason.request, "delete")
    update = _rt.async_operation(_update_quote_archive_reason.request, "update")
    iterate = _rt.async_pages(_list_quote_archive_reasons.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteArchiveReasons", "QuoteArchiveReasons"]
