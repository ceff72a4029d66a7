"""The operations tagged customer_contract_inflation: `client.customer_contract_inflation` (CustomerContractInflation) and
`client.aio.customer_contract_inflation` (AsyncCustomerContractInflation). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_customer_contract_inflation as _create_customer_contract_inflation
from . import delete_customer_contract_inflation as _delete_customer_contract_inflation
from . import get_customer_contract_inflation as _get_customer_contract_inflation
from . import list_customer_contract_inflations as _list_customer_contract_inflations
from . import update_customer_contract_inflation as _update_customer_contract_inflation


class CustomerContractInflation(_rt.Resource):
    """The operations tagged customer_contract_inflation, as `client.customer_contract_inflation.<method>(...)`."""

    list_customer_contract_inflations = _rt.operation(
        _list_customer_contract_inflations.request, "list_customer_contract_inflations"
    )
    create = _rt.operation(_create_customer_contract_inflation.request, "create")
    get = _rt.operation(_get_customer_contract_inflation.request, "get")
    delete = _rt.operation(_delete_customer_contract_inflation.request, "delete")
    update = _rt.operation(_update_customer_contract_inflation.request, "update")
    iterate_customer_contract_inflations = _rt.pages(
        _list_customer_contract_inflations.request, "iterate_customer_contract_inflations", "page", "page_size"
    )


class AsyncCustomerContractInflation(_rt.AsyncResource):
    """The operations tagged customer_contract_inflation, awaited: `await client.aio.customer_contract_inflation.<method>(...)`."""

    list_customer_contract_inflations = _rt.async_operation(
        _list_customer_contract_inflations.request, "list_customer_contract_inflations"
    )
    create = _rt.async_operation(_create_customer_contract_inflation.request, "create")
    get = _rt.async_operation(_get_customer_contract_inflation.request, "get")
    delete = _rt.async_operation(_delete_customer_contract_inflation.request, "delete")
    update = _rt.async_operation(_update_customer_contract_inflation.request, "update")
    iterate_customer_contract_inflations = _rt.async_pages(
        _list_customer_contract_inflations.request, "iterate_customer_contract_inflations", "page", "page_size"
    )


__all__ = ["AsyncCustomerContractInflation", "CustomerContractInflation"]
