"""The operations tagged customer_assigned_companies: `client.customer_assigned_companies` (CustomerAssignedCompanies) and
`client.aio.customer_assigned_companies` (AsyncCustomerAssignedCompanies). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_customer_assigned_company as _create_customer_assigned_company
from . import delete_customer_assigned_company as _delete_customer_assigned_company
from . import list_customer_assigned_companies as _list_customer_assigned_companies


class CustomerAssignedCompanies(_rt.Resource):
    """The operations tagged customer_assigned_companies, as `client.customer_assigned_companies.<method>(...)`."""

    list = _rt.operation(_list_customer_assigned_companies.request, "list")
    create = _rt.operation(_create_customer_assigned_company.request, "create")
    delete = _rt.operation(_delete_customer_assigned_company.request, "delete")


class AsyncCustomerAssignedCompanies(_rt.AsyncResource):
    """The operations tagged customer_assigned_companies, awaited: `await client.aio.customer_assigned_companies.<method>(...)`."""

    list = _rt.async_operation(_list_customer_assigned_companies.request, "list")
    create = _rt.async_operation(_create_customer_assigned_company.request, "create")
    delete = _rt.async_operation(_delete_customer_assigned_company.request, "delete")


__all__ = ["AsyncCustomerAssignedCompanies", "CustomerAssignedCompanies"]
