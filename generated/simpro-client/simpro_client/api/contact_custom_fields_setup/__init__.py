"""The operations tagged contact_custom_fields_setup: `client.contact_custom_fields_setup` (ContactCustomFieldsSetup) and
`client.aio.contact_custom_fields_setup` (AsyncContactCustomFieldsSetup). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_contact_custom_fields_setup as _create_contact_custom_fields_setup
from . import delete_contact_custom_fields_setup as _delete_contact_custom_fields_setup
from . import get_contact_custom_fields_setup as _get_contact_custom_fields_setup
from . import list_contact_custom_fields_setups as _list_contact_custom_fields_setups
from . import update_contact_custom_fields_setup as _update_contact_custom_fields_setup


class ContactCustomFieldsSetup(_rt.Resource):
    """The operations tagged contact_custom_fields_setup, as `client.contact_custom_fields_setup.<method>(...)`."""

    list_contact_custom_fields_setups = _rt.operation(
        _list_contact_custom_fields_setups.request, "list_contact_custom_fields_setups"
    )
    create = _rt.operation(_create_contact_custom_fields_setup.request, "create")
    get = _rt.operation(_get_contact_custom_fields_setup.request, "get")
    delete = _rt.operation(_delete_contact_custom_fields_setup.request, "delete")
    update = _rt.operation(_update_contact_custom_fields_setup.request, "update")
    iterate_contact_custom_fields_setups = _rt.pages(
        _list_contact_custom_fields_setups.request, "iterate_contact_custom_fields_setups", "page", "page_size"
    )


class AsyncContactCustomFieldsSetup(_rt.AsyncResource):
    """The operations tagged contact_custom_fields_setup, awaited: `await client.aio.contact_custom_fields_setup.<method>(...)`."""

    list_contact_custom_fields_setups = _rt.async_operation(
        _list_contact_custom_fields_setups.request, "list_contact_custom_fields_setups"
    )
    create = _rt.async_operation(_create_contact_custom_fields_setup.request, "create")
    get = _rt.async_operation(_get_contact_custom_fields_setup.request, "get")
    delete = _rt.async_operation(_delete_contact_custom_fields_setup.request, "delete")
    update = _rt.async_operation(_update_contact_custom_fields_setup.request, "update")
    iterate_contact_custom_fields_setups = _rt.async_pages(
        _list_contact_custom_fields_setups.request, "iterate_contact_custom_fields_setups", "page", "page_size"
    )


__all__ = ["AsyncContactCustomFieldsSetup", "ContactCustomFieldsSetup"]
