"""The operations tagged project_custom_fields_setup: `client.project_custom_fields_setup` (ProjectCustomFieldsSetup) and
`client.aio.project_custom_fields_setup` (AsyncProjectCustomFieldsSetup). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_project_custom_fields_setup as _create_project_custom_fields_setup
from . import delete_project_custom_fields_setup as _delete_project_custom_fields_setup
from . import get_project_custom_fields_setup as _get_project_custom_fields_setup
from . import list_project_custom_fields_setups as _list_project_custom_fields_setups
from . import update_project_custom_fields_setup as _update_project_custom_fields_setup


class ProjectCustomFieldsSetup(_rt.Resource):
    """The operations tagged project_custom_fields_setup, as `client.project_custom_fields_setup.<method>(...)`."""

    list_project_custom_fields_setups = _rt.operation(
        _list_project_custom_fields_setups.request, "list_project_custom_fields_setups"
    )
    create = _rt.operation(_create_project_custom_fields_setup.request, "create")
    get = _rt.operation(_get_project_custom_fields_setup.request, "get")
    delete = _rt.operation(_delete_project_custom_fields_setup.request, "delete")
    update = _rt.operation(_update_project_custom_fields_setup.request, "update")
    iterate_project_custom_fields_setups = _rt.pages(
        _list_project_custom_fields_setups.request, "iterate_project_custom_fields_setups", "page", "page_size"
    )


class AsyncProjectCustomFieldsSetup(_rt.AsyncResource):
    """The operations tagged project_custom_fields_setup, awaited: `await client.aio.project_custom_fields_setup.<method>(...)`."""

    list_project_custom_fields_setups = _rt.async_operation(
        _list_project_custom_fields_setups.request, "list_project_custom_fields_setups"
    )
    create = _rt.async_operation(_create_project_custom_fields_setup.request, "create")
    get = _rt.async_operation(_get_project_custom_fields_setup.request, "get")
    delete = _rt.async_operation(_delete_project_custom_fields_setup.request, "delete")
    update = _rt.async_operation(_update_project_custom_fields_setup.request, "update")
    iterate_project_custom_fields_setups = _rt.async_pages(
        _list_project_custom_fields_setups.request, "iterate_project_custom_fields_setups", "page", "page_size"
    )


__all__ = ["AsyncProjectCustomFieldsSetup", "ProjectCustomFieldsSetup"]
