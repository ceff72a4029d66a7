"""The operations tagged contractor_job_custom_fields_setup: `client.contractor_job_custom_fields_setup` (ContractorJobCustomFieldsSetup) and
`client.aio.contractor_job_custom_fields_setup` (AsyncContractorJobCustomFieldsSetup). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_contractor_job_custom_fields_setup as _create_contractor_job_custom_fields_setup
from . import delete_contractor_job_custom_fields_setup as _delete_contractor_job_custom_fields_setup
from . import get_contractor_job_custom_fields_setup as _get_contractor_job_custom_fields_setup
from . import list_contractor_job_custom_fields_setups as _list_contractor_job_custom_fields_setups
from . import update_contractor_job_custom_fields_setup as _update_contractor_job_custom_fields_setup


class ContractorJobCustomFieldsSetup(_rt.Resource):
    """The operations tagged contractor_job_custom_fields_setup, as `client.contractor_job_custom_fields_setup.<method>(...)`."""

    list_contractor_job_custom_fields_setups = _rt.operation(
        _list_contractor_job_custom_fields_setups.request, "list_contractor_job_custom_fields_setups"
    )
    create = _rt.operation(_create_contractor_job_custom_fields_setup.request, "create")
    get = _rt.operation(_get_contractor_job_custom_fields_setup.request, "get")
    delete = _rt.operation(_delete_contractor_job_custom_fields_setup.request, "delete")
    update = _rt.operation(_update_contractor_job_custom_fields_setup.request, "update")
    iterate_contractor_job_custom_fields_setups = _rt.pages(
        _list_contractor_job_custom_fields_setups.request,
        "iterate_contractor_job_custom_fields_setups",
        "page",
        "page_size",
    )


class AsyncContractorJobCustomFieldsSetup(_rt.AsyncResource):
    """The operations tagged contractor_job_custom_fields_setup, awaited: `await client.aio.contractor_job_custom_fields_setup.<method>(...)`."""

    list_contractor_job_custom_fields_setups = _rt.async_operation(
        _list_contractor_job_custom_fields_setups.request, "list_contractor_job_custom_fields_setups"
    )
    create = _rt.async_operation(_create_contractor_job_custom_fields_setup.request, "create")
    get = _rt.async_operation(_get_contractor_job_custom_fields_setup.request, "get")
    delete = _rt.async_operation(_delete_contractor_job_custom_fields_setup.request, "delete")
    update = _rt.async_operation(_update_contractor_job_custom_fields_setup.request, "update")
    iterate_contractor_job_custom_fields_setups = _rt.async_pages(
        _list_contractor_job_custom_fields_setups.request,
        "iterate_contractor_job_custom_fields_setups",
        "page",
        "page_size",
    )


__all__ = ["AsyncContractorJobCustomFieldsSetup", "ContractorJobCustomFieldsSetup"]
