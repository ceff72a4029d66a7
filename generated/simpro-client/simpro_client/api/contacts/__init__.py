"""The operations tagged contacts: `client.contacts` (Contacts) and
`client.aio.contacts` (AsyncContacts). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_contact as _create_contact
from . import delete_contact as _delete_contact
from . import get_contact as _get_contact
from . import list_contacts as _list_contacts
from . import update_contact as _update_contact


class Contacts(_rt.Resource):
    """The operations tagged contacts, as `client.contacts.<method>(...)`."""

    list = _rt.operation(_list_contacts.request, "list")
    create = _rt.operation(_create_contact.request, "create")
    get = _rt.operation(_get_contact.request, "get")
    delete = _rt.operation(_delete_contact.request, "delete")
    update = _rt.operation(_update_contact.request, "update")
    iterate = _rt.pages(_list_contacts.request, "iterate", "page", "page_size")


class AsyncContacts(_rt.AsyncResource):
    """The operations tagged contacts, awaited: `await client.aio.contacts.<method>(...)`."""

    list = _rt.async_operation(_list_contacts.request, "list")
    create = _rt.async_operation(_create_contact.request, "create")
    get = _rt.async_operation(_get_contact.request, "get")
    delete = _rt.async_operation(_delete_contact.request, "delete")
    update = _rt.async_operation(_update_contact.request, "update")
    iterate = _rt.async_pages(_list_contacts.request, "iterate", "page", "page_size")


__all__ = ["AsyncContacts", "Contacts"]
