"""The operations tagged contractor_variances: `client.contractor_variances` (ContractorVariances) and
`client.aio.contractor_variances` (AsyncContractorVariances). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_contractor_variance as _create_contractor_variance
from . import delete_contractor_variance as _delete_contractor_variance
from . import get_contractor_variance as _get_contractor_variance
from . import list_contractor_variances as _list_contractor_variances
from . import update_contractor_variance as _update_contractor_variance


class ContractorVariances(_rt.Resource):
    """The operations tagged contractor_variances, as `client.contractor_variances.<method>(...)`."""

    list = _rt.operation(_list_contractor_variances.request, "list")
    create = _rt.operation(_create_contractor_variance.request, "create")
    get = _rt.operation(_get_contractor_variance.request, "get")
    delete = _rt.operation(_delete_contractor_variance.request, "delete")
    update = _rt.operation(_update_contractor_variance.request, "update")
    iterate = _rt.pages(_list_contractor_variances.request, "iterate", "page", "page_size")


class AsyncContractorVariances(_rt.AsyncResource):
    """The operations tagged contractor_variances, awaited: `await client.aio.contractor_variances.<method>(...)`."""

    list = _rt.async_operation(_list_contractor_variances.request, "list")
    create = _rt.async_operation(_create_contractor_variance.request, "create")
    get = _rt.async_operation(_get_contractor_variance.request, "get")
    delete = _rt.async_operation(_delete_contractor_variance.request, "delete")
    update = _rt.async_operation(_update_contractor_variance.request, "update")
    iterate = _rt.async_pages(_list_contractor_variances.request, "iterate", "page", "page_size")


__all__ = ["AsyncContractorVariances", "ContractorVariances"]
