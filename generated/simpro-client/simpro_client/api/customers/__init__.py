"""The operations tagged customers: `client.customers` (Customers) and
`client.aio.customers` (AsyncCustomers). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_company_customer as _create_company_customer
from . import create_individual_customer as _create_individual_customer
from . import delete_company_customer as _delete_company_customer
from . import delete_individual_customer as _delete_individual_customer
from . import get_company_customer as _get_company_customer
from . import get_individual_customer as _get_individual_customer
from . import list_company_customers as _list_company_customers
from . import list_customers as _list_customers
from . import list_individual_customers as _list_individual_customers
from . import update_company_customer as _update_company_customer
from . import update_individual_customer as _update_individual_customer


class Customers(_rt.Resource):
    """The operations tagged customers, as `client.customers.<method>(...)`."""

    list = _rt.operation(_list_customers.request, "list")
    list_company = _rt.operation(_list_company_customers.request, "list_company")
    create_company = _rt.operation(_create_company_customer.request, "create_company")
    get_company = _rt.operation(_get_company_customer.request, "get_company")
    delete_company = _rt.operation(_delete_company_customer.request, "delete_company")
    update_company = _rt.operation(_update_company_customer.request, "update_company")
    list_individual = _rt.operation(_list_individual_customers.request, "list_individual")
    create_individual = _rt.operation(_create_individual_customer.request, "create_individual")
    get_individual = _rt.operation(_get_individual_customer.request, "get_individual")
    delete_individual = _rt.operation(_delete_individual_customer.request, "delete_individual")
    update_individual = _rt.operation(_update_individual_customer.request, "update_individual")
    iterate = _rt.pages(_list_customers.request, "iterate", "page", "page_size")
    iterate_company = _rt.pages(_list_company_customers.request, "iterate_company", "page", "page_size")
    iterate_individual = _rt.pages(_list_individual_customers.request, "iterate_individual", "page", "page_size")


class AsyncCustomers(_rt.AsyncResource):
    """The operations tagged customers, awaited: `await client.aio.customers.<method>(...)`."""

    list = _rt.async_operation(_list_customers.request, "list")
    list_company = _rt.async_operation(_list_company_customers.request, "list_company")
    create_company = _rt.async_operation(_create_company_customer.request, "create_company")
    get_company = _rt.async_operation(_get_company_customer.request, "get_company")
    delete_company = _rt.async_operation(_delete_company_customer.request, "delete_company")
    update_company = _rt.async_operation(_update_company_customer.request, "update_company")
    list_individual = _rt.async_operation(_list_individual_customers.request, "list_individual")
    create_individual = _rt.async_operation(_create_individual_customer.request, "create_individual")
    get_individual = _rt.async_operation(_get_individual_customer.request, "get_individual")
    delete_individual = _rt.async_operation(_delete_individual_customer.request, "delete_individual")
    update_individual = _rt.async_operation(_update_individual_customer.request, "update_individual")
    iterate = _rt.async_pages(_list_customers.request, "iterate", "page", "page_size")
    iterate_company = _rt.async_pages(_list_company_customers.request, "iterate_company", "page", "page_size")
    iterate_individual = _rt.async_pages(_list_individual_customers.request, "iterate_individual", "page", "page_size")


__all__ = ["AsyncCustomers", "Customers"]
