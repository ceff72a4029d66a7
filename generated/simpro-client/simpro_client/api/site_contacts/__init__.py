"""The operations tagged site_contacts: `client.site_contacts` (SiteContacts) and
`client.aio.site_contacts` (AsyncSiteContacts). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_site_contact as _create_site_contact
from . import delete_site_contact as _delete_site_contact
from . import get_site_contact as _get_site_contact
from . import list_site_contacts as _list_site_contacts
from . import update_site_contact as _update_site_contact


class SiteContacts(_rt.Resource):
    """The operations tagged site_contacts, as `client.site_contacts.<method>(...)`."""

    list = _rt.operation(_list_site_contacts.request, "list")
    create = _rt.operation(_create_site_contact.request, "create")
    get = _rt.operation(_get_site_contact.request, "get")
    delete = _rt.operation(_delete_site_contact.request, "delete")
    update = _rt.operation(_update_site_contact.request, "update")
    iterate = _rt.pages(_list_site_contacts.request, "iterate", "page", "page_size")


class AsyncSiteContacts(_rt.AsyncResource):
    """The operations tagged site_contacts, awaited: `await client.aio.site_contacts.<method>(...)`."""

    list = _rt.async_operation(_list_site_contacts.request, "list")
    create = _rt.async_operation(_create_site_contact.request, "create")
    get = _rt.async_operation(_get_site_contact.request, "get")
    delete = _rt.async_operation(_delete_site_contact.request, "delete")
    update = _rt.async_operation(_update_site_contact.request, "update")
    iterate = _rt.async_pages(_list_site_contacts.request, "iterate", "page", "page_size")


__all__ = ["AsyncSiteContacts", "SiteContacts"]
