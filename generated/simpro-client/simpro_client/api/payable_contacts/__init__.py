"""The operations tagged payable_contacts: `client.payable_contacts` (PayableContacts) and
`client.aio.payable_contacts` (AsyncPayableContacts). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_payable_contact as _get_payable_contact
from . import list_payable_contacts as _list_payable_contacts


class PayableContacts(_rt.Resource):
    """The operations tagged payable_contacts, as `client.payable_contacts.<method>(...)`."""

    list = _rt.operation(_list_payable_contacts.request, "list")
    get = _rt.operation(_get_payable_contact.request, "get")
    iterate = _rt.pages(_list_payable_contacts.request, "iterate", "page", "page_size")


class AsyncPayableContacts(_rt.AsyncResource):
    """The operations tagged payable_contacts, awaited: `await client.aio.payable_contacts.<method>(...)`."""

    list = _rt.async_operation(_list_payable_contacts.request, "list")
    get = _rt.async_operation(_get_payable_contact.request, "get")
    iterate = _rt.async_pages(_list_payable_contacts.request, "iterate", "page", "page_size")


__all__ = ["AsyncPayableContacts", "PayableContacts"]
