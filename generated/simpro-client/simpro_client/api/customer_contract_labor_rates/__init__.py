"""The operations tagged customer_contract_labor_rates: `client.customer_contract_labor_rates` (CustomerContractLaborRates) and
`client.aio.customer_contract_labor_rates` (AsyncCustomerContractLaborRates). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_customer_contract_labor_rate as _create_customer_contract_labor_rate
from . import delete_customer_contract_labor_rate as _delete_customer_contract_labor_rate
from . import get_customer_contract_labor_rate as _get_customer_contract_labor_rate
from . import list_customer_contract_labor_rates as _list_customer_contract_labor_rates
from . import update_customer_contract_labor_rate as _update_customer_contract_labor_rate


class CustomerContractLaborRates(_rt.Resource):
    """The operations tagged customer_contract_labor_rates, as `client.customer_contract_labor_rates.<method>(...)`."""

    list = _rt.operation(_list_customer_contract_labor_rates.request, "list")
    create = _rt.operation(_create_customer_contract_labor_rate.request, "create")
    get = _rt.operation(_get_customer_contract_labor_rate.request, "get")
    delete = _rt.operation(_delete_customer_contract_labor_rate.request, "delete")
    update = _rt.operation(_update_customer_contract_labor_rate.request, "update")
    iterate = _rt.pages(_list_customer_contract_labor_rates.request, "iterate", "page", "page_size")


class AsyncCustomerContractLaborRates(_rt.AsyncResource):
    """The operations tagged customer_contract_labor_rates, awaited: `await client.aio.customer_contract_labor_rates.<method>(...)`."""

    list = _rt.async_operation(_list_customer_contract_labor_rates.request, "list")
    create = _rt.async_operation(_create_customer_contract_labor_rate.request, "create")
    get = _rt.async_operation(_get_customer_contract_labor_rate.request, "get")
    delete = _rt.async_operation(_delete_customer_contract_labor_rate.request, "delete")
    update = _rt.async_operation(_update_customer_contract_labor_rate.request, "update")
    iterate = _rt.async_pages(_list_customer_contract_labor_rates.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerContractLaborRates", "CustomerContractLaborRates"]
