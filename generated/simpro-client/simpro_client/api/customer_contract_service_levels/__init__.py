"""The operations tagged customer_contract_service_levels: `client.customer_contract_service_levels` (CustomerContractServiceLevels) and
`client.aio.customer_contract_service_levels` (AsyncCustomerContractServiceLevels). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import list_customer_contract_service_levels as _list_customer_contract_service_levels


class CustomerContractServiceLevels(_rt.Resource):
    """The operations tagged customer_contract_service_levels, as `client.customer_contract_service_levels.<method>(...)`."""

    list = _rt.operation(_list_customer_contract_service_levels.request, "list")
    iterate = _rt.pages(_list_customer_contract_service_levels.request, "iterate", "page", "page_size")


class AsyncCustomerContractServiceLevels(_rt.AsyncResource):
    """The operations tagged customer_contract_service_levels, awaited: `await client.aio.customer_contract_service_levels.<method>(...)`."""

    list = _rt.async_operation(_list_customer_contract_service_levels.request, "list")
    iterate = _rt.async_pages(_list_customer_contract_service_levels.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerContractServiceLevels", "CustomerContractServiceLevels"]
