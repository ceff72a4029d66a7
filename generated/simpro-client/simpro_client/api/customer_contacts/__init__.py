"""The operations tagged customer_contacts: `client.customer_contacts` (CustomerContacts) and
`client.aio.customer_contacts` (AsyncCustomerContacts). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_customer_contact as _create_customer_contact
from . import delete_customer_contact as _delete_customer_contact
from . import get_customer_contact as _get_customer_contact
from . import list_customer_contacts as _list_customer_contacts
from . import update_customer_contact as _update_customer_contact


class CustomerContacts(_rt.Resource):
    """The operations tagged customer_contacts, as `client.customer_contacts.<method>(...)`."""

    list = _rt.operation(_list_customer_contacts.request, "list")
    create = _rt.operation(_create_customer_contact.request, "create")
    get = _rt.operation(_get_customer_contact.request, "get")
    delete = _rt.operation(_delete_customer_contact.request, "delete")
    update = _rt.operation(_update_customer_contact.request, "update")
    iterate = _rt.pages(_list_customer_contacts.request, "iterate", "page", "page_size")


class AsyncCustomerContacts(_rt.AsyncResource):
    """The operations tagged customer_contacts, awaited: `await client.aio.customer_contacts.<method>(...)`."""

    list = _rt.async_operation(_list_customer_contacts.request, "list")
    create = _rt.async_operation(_create_customer_contact.request, "create")
    get = _rt.async_operation(_get_customer_contact.request, "get")
    delete = _rt.async_operation(_delete_customer_contact.request, "delete")
    update = _rt.async_operation(_update_customer_contact.request, "update")
    iterate = _rt.async_pages(_list_customer_contacts.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerContacts", "CustomerContacts"]
