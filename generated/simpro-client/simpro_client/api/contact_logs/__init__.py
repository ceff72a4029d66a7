"""The operations tagged contact_logs: `client.contact_logs` (ContactLogs) and
`client.aio.contact_logs` (AsyncContactLogs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_contact_log as _get_contact_log
from . import list_contact_logs as _list_contact_logs


class ContactLogs(_rt.Resource):
    """The operations tagged contact_logs, as `client.contact_logs.<method>(...)`."""

    list = _rt.operation(_list_contact_logs.request, "list")
    get = _rt.operation(_get_contact_log.request, "get")
    iterate = _rt.pages(_list_contact_logs.request, "iterate", "page", "page_size")


class AsyncContactLogs(_rt.AsyncResource):
    """The operations tagged contact_logs, awaited: `await client.aio.contact_logs.<method>(...)`."""

    list = _rt.async_operation(_list_contact_logs.request, "list")
    get = _rt.async_operation(_get_contact_log.request, "get")
    iterate = _rt.async_pages(_list_contact_logs.request, "iterate", "page", "page_size")


__all__ = ["AsyncContactLogs", "ContactLogs"]
