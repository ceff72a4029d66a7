"""The operations tagged quote_sections: `client.quote_sections` (QuoteSections) and
`client.aio.quote_sections` (AsyncQuoteSections). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_quote_section as _create_quote_section
from . import delete_quote_section as _delete_quote_section
from . import get_quote_section as _get_quote_section
from . import list_quote_sections as _list_quote_sections
from . import update_quote_section as _update_quote_section


class QuoteSections(_rt.Resource):
    """The operations tagged quote_sections, as `client.quote_sections.<method>(...)`."""

    list = _rt.operation(_list_quote_sections.request, "list")
    create = _rt.operation(_create_quote_section.request, "create")
    get = _rt.operation(_get_quote_section.request, "get")
    delete = _rt.operation(_delete_quote_section.request, "delete")
    update = _rt.operation(_update_quote_section.request, "update")
    iterate = _rt.pages(_list_quote_sections.request, "iterate", "page", "page_size")


class AsyncQuoteSections(_rt.AsyncResource):
    """The operations tagged quote_sections, awaited: `await client.aio.quote_sections.<method>(...)`."""

    list = _rt.async_operation(_list_quote_sections.request, "list")
    create = _rt.async_operation(_create_quote_section.request, "create")
    get = _rt.async_operation(_get_quote_section.request, "get")
    delete = _rt.async_operation(_delete_quote_section.request, "delete")
    update = _rt.async_operation(_update_quote_section.request, "update")
    iterate = _rt.async_pages(_list_quote_sections.request, "iterate", "page", "page_size")


__all__ = ["AsyncQuoteSections", "QuoteSections"]
