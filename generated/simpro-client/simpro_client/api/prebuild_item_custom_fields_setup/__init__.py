"""The operations tagged prebuild_item_custom_fields_setup: `client.prebuild_item_custom_fields_setup` (PrebuildItemCustomFieldsSetup) and
`client.aio.prebuild_item_custom_fields_setup` (AsyncPrebuildItemCustomFieldsSetup). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_prebuild_item_custom_fields_setup as _create_prebuild_item_custom_fields_setup
from . import delete_prebuild_item_custom_fields_setup as _delete_prebuild_item_custom_fields_setup
from . import get_prebuild_item_custom_fields_setup as _get_prebuild_item_custom_fields_setup
from . import list_prebuild_item_custom_fields_setups as _list_prebuild_item_custom_fields_setups
from . import update_prebuild_item_custom_fields_setup as _update_prebuild_item_custom_fields_setup


class PrebuildItemCustomFieldsSetup(_rt.Resource):
    """The operations tagged prebuild_item_custom_fields_setup, as `client.prebuild_item_custom_fields_setup.<method>(...)`."""

    list_prebuild_item_custom_fields_setups = _rt.operation(
        _list_prebuild_item_custom_fields_setups.request, "list_prebuild_item_custom_fields_setups"
    )
    create = _rt.operation(_create_prebuild_item_custom_fields_setup.request, "create")
    get = _rt.operation(_get_prebuild_item_custom_fields_setup.request, "get")
    delete = _rt.operation(_delete_prebuild_item_custom_fields_setup.request, "delete")
    update = _rt.operation(_update_prebuild_item_custom_fields_setup.request, "update")
    iterate_prebuild_item_custom_fields_setups = _rt.pages(
        _list_prebuild_item_custom_fields_setups.request,
        "iterate_prebuild_item_custom_fields_setups",
        "page",
        "page_size",
    )


class AsyncPrebuildItemCustomFieldsSetup(_rt.AsyncResource):
    """The operations tagged prebuild_item_custom_fields_setup, awaited: `await client.aio.prebuild_item_custom_fields_setup.<method>(...)`."""

    list_prebuild_item_custom_fields_setups = _rt.async_operation(
        _list_prebuild_item_custom_fields_setups.request, "list_prebuild_item_custom_fields_setups"
    )
    create = _rt.async_operation(_create_prebuild_item_custom_fields_setup.request, "create")
    get = _rt.async_operation(_get_prebuild_item_custom_fields_setup.request, "get")
    delete = _rt.async_operation(_delete_prebuild_item_custom_fields_setup.request, "delete")
    update = _rt.async_operation(_update_prebuild_item_custom_fields_setup.request, "update")
    iterate_prebuild_item_custom_fields_setups = _rt.async_pages(
        _list_prebuild_item_custom_fields_setups.request,
        "iterate_prebuild_item_custom_fields_setups",
        "page",
        "page_size",
    )


__all__ = ["AsyncPrebuildItemCustomFieldsSetup", "PrebuildItemCustomFieldsSetup"]
