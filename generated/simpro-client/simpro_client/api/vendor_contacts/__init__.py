"""The operations tagged vendor_contacts: `client.vendor_contacts` (VendorContacts) and
`client.aio.vendor_contacts` (AsyncVendorContacts). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_vendor_contact as _create_vendor_contact
from . import delete_vendor_contact as _delete_vendor_contact
from . import get_vendor_contact as _get_vendor_contact
from . import list_vendor_contacts as _list_vendor_contacts
from . import update_vendor_contact as _update_vendor_contact


class VendorContacts(_rt.Resource):
    """The operations tagged vendor_contacts, as `client.vendor_contacts.<method>(...)`."""

    list = _rt.operation(_list_vendor_contacts.request, "list")
    create = _rt.operation(_create_vendor_contact.request, "create")
    get = _rt.operation(_get_vendor_contact.request, "get")
    delete = _rt.operation(_delete_vendor_contact.request, "delete")
    update = _rt.operation(_update_vendor_contact.request, "update")
    iterate = _rt.pages(_list_vendor_contacts.request, "iterate", "page", "page_size")


class AsyncVendorContacts(_rt.AsyncResource):
    """The operations tagged vendor_contacts, awaited: `await client.aio.vendor_contacts.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_contacts.request, "list")
    create = _rt.async_operation(_create_vendor_contact.request, "create")
    get = _rt.async_operation(_get_vendor_contact.request, "get")
    delete = _rt.async_operation(_delete_vendor_contact.request, "delete")
    update = _rt.async_operation(_update_vendor_contact.request, "update")
    iterate = _rt.async_pages(_list_vendor_contacts.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendorContacts", "VendorContacts"]
