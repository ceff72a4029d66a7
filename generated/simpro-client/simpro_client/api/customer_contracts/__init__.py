"""The operations tagged customer_contracts: `client.customer_contracts` (CustomerContracts) and
`client.aio.customer_contracts` (AsyncCustomerContracts). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_customer_contract as _create_customer_contract
from . import delete_customer_contract as _delete_customer_contract
from . import get_customer_contract as _get_customer_contract
from . import list_customer_contracts as _list_customer_contracts
from . import update_customer_contract as _update_customer_contract


class CustomerContracts(_rt.Resource):
    """The operations tagged customer_contracts, as `client.customer_contracts.<method>(...)`."""

    list = _rt.operation(_list_customer_contracts.request, "list")
    create = _rt.operation(_create_customer_contract.request, "create")
    get = _rt.operation(_get_customer_contract.request, "get")
    delete = _rt.operation(_delete_customer_contract.request, "delete")
    update = _rt.operation(_update_customer_contract.request, "update")
    iterate = _rt.pages(_list_customer_contracts.request, "iterate", "page", "page_size")


class AsyncCustomerContracts(_rt.AsyncResource):
    """The operations tagged customer_contracts, awaited: `await client.aio.customer_contracts.<method>(...)`."""

    list = _rt.async_operation(_list_customer_contracts.request, "list")
    create = _rt.async_operation(_create_customer_contract.request, "create")
    get = _rt.async_operation(_get_customer_contract.request, "get")
    delete = _rt.async_operation(_delete_customer_contract.request, "delete")
    update = _rt.async_operation(_update_customer_contract.request, "update")
    iterate = _rt.async_pages(_list_customer_contracts.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerContracts", "CustomerContracts"]
