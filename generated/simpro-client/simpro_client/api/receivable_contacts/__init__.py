"""The operations tagged receivable_contacts: `client.receivable_contacts` (ReceivableContacts) and
`client.aio.receivable_contacts` (AsyncReceivableContacts). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_receivable_contact as _get_receivable_contact
from . import list_receivable_contacts as _list_receivable_contacts


class ReceivableContacts(_rt.Resource):
    """The operations tagged receivable_contacts, as `client.receivable_contacts.<method>(...)`."""

    list = _rt.operation(_list_receivable_contacts.request, "list")
    get = _rt.operation(_get_receivable_contact.request, "get")
    iterate = _rt.pages(_list_receivable_contacts.request, "iterate", "page", "page_size")


class AsyncReceivableContacts(_rt.AsyncResource):
    """The operations tagged receivable_contacts, awaited: `await client.aio.receivable_contacts.<method>(...)`."""

    list = _rt.async_operation(_list_receivable_contacts.request, "list")
    get = _rt.async_operation(_get_receivable_contact.request, "get")
    iterate = _rt.async_pages(_list_receivable_contacts.request, "iterate", "page", "page_size")


__all__ = ["AsyncReceivableContacts", "ReceivableContacts"]
