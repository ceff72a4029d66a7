"""The operations tagged site_custom_fields_setup: `client.site_custom_fields_setup` (SiteCustomFieldsSetup) and
`client.aio.site_custom_fields_setup` (AsyncSiteCustomFieldsSetup). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_site_custom_fields_setup as _create_site_custom_fields_setup
from . import delete_site_custom_fields_setup as _delete_site_custom_fields_setup
from . import get_site_custom_fields_setup as _get_site_custom_fields_setup
from . import list_site_custom_fields_setups as _list_site_custom_fields_setups
from . import update_site_custom_fields_setup as _update_site_custom_fields_setup


class SiteCustomFieldsSetup(_rt.Resource):
    """The operations tagged site_custom_fields_setup, as `client.site_custom_fields_setup.<method>(...)`."""

    list_site_custom_fields_setups = _rt.operation(
        _list_site_custom_fields_setups.request, "list_site_custom_fields_setups"
    )
    create = _rt.operation(_create_site_custom_fields_setup.request, "create")
    get = _rt.operation(_get_site_custom_fields_setup.request, "get")
    delete = _rt.operation(_delete_site_custom_fields_setup.request, "delete")
    update = _rt.operation(_update_site_custom_fields_setup.request, "update")
    iterate_site_custom_fields_setups = _rt.pages(
        _list_site_custom_fields_setups.request, "iterate_site_custom_fields_setups", "page", "page_size"
    )


class AsyncSiteCustomFieldsSetup(_rt.AsyncResource):
    """The operations tagged site_custom_fields_setup, awaited: `await client.aio.site_custom_fields_setup.<method>(...)`."""

    list_site_custom_fields_setups = _rt.async_operation(
        _list_site_custom_fields_setups.request, "list_site_custom_fields_setups"
    )
    create = _rt.async_operation(_create_site_custom_fields_setup.request, "create")
    get = _rt.async_operation(_get_site_custom_fields_setup.request, "get")
    delete = _rt.async_operation(_delete_site_custom_fields_setup.request, "delete")
    update = _rt.async_operation(_update_site_custom_fields_setup.request, "update")
    iterate_site_custom_fields_setups = _rt.async_pages(
        _list_site_custom_fields_setups.request, "iterate_site_custom_fields_setups", "page", "page_size"
    )


__all__ = ["AsyncSiteCustomFieldsSetup", "SiteCustomFieldsSetup"]
