"""The operations tagged contractor_licences: `client.contractor_licences` (ContractorLicences) and
`client.aio.contractor_licences` (AsyncContractorLicences). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_contractor_licence as _create_contractor_licence
from . import delete_contractor_licence as _delete_contractor_licence
from . import get_contractor_licence as _get_contractor_licence
from . import list_contractor_licences as _list_contractor_licences
from . import update_contractor_licence as _update_contractor_licence


class ContractorLicences(_rt.Resource):
    """The operations tagged contractor_licences, as `client.contractor_licences.<method>(...)`."""

    list = _rt.operation(_list_contractor_licences.request, "list")
    create = _rt.operation(_create_contractor_licence.request, "create")
    get = _rt.operation(_get_contractor_licence.request, "get")
    delete = _rt.operation(_delete_contractor_licence.request, "delete")
    update = _rt.operation(_update_contractor_licence.request, "update")
    iterate = _rt.pages(_list_contractor_licences.request, "iterate", "page", "page_size")


class AsyncContractorLicences(_rt.AsyncResource):
    """The operations tagged contractor_licences, awaited: `await client.aio.contractor_licences.<method>(...)`."""

    list = _rt.async_operation(_list_contractor_licences.request, "list")
    create = _rt.async_operation(_create_contractor_licence.request, "create")
    get = _rt.async_operation(_get_contractor_licence.request, "get")
    delete = _rt.async_operation(_delete_contractor_licence.request, "delete")
    update = _rt.async_operation(_update_contractor_licence.request, "update")
    iterate = _rt.async_pages(_list_contractor_licences.request, "iterate", "page", "page_size")


__all__ = ["AsyncContractorLicences", "ContractorLicences"]
