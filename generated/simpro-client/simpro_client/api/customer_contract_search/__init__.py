"""The operations tagged customer_contract_search: `client.customer_contract_search` (CustomerContractSearch) and
`client.aio.customer_contract_search` (AsyncCustomerContractSearch). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import list_customer_contract_searches as _list_customer_contract_searches


class CustomerContractSearch(_rt.Resource):
    """The operations tagged customer_contract_search, as `client.customer_contract_search.<method>(...)`."""

    list_customer_contract_searches = _rt.operation(
        _list_customer_contract_searches.request, "list_customer_contract_searches"
    )
    iterate_customer_contract_searches = _rt.pages(
        _list_customer_contract_searches.request, "iterate_customer_contract_searches", "page", "page_size"
    )


class AsyncCustomerContractSearch(_rt.AsyncResource):
    """The operations tagged customer_contract_search, awaited: `await client.aio.customer_contract_search.<method>(...)`."""

    list_customer_contract_searches = _rt.async_operation(
        _list_customer_contract_searches.request, "list_customer_contract_searches"
    )
    iterate_customer_contract_searches = _rt.async_pages(
        _list_customer_contract_searches.request, "iterate_customer_contract_searches", "page", "page_size"
    )


__all__ = ["AsyncCustomerContractSearch", "CustomerContractSearch"]
