"""The operations tagged companies: `client.companies` (Companies) and
`client.aio.companies` (AsyncCompanies). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_company as _get_company
from . import list_companies as _list_companies
from . import update_company as _update_company


class Companies(_rt.Resource):
    """The operations tagged companies, as `client.companies.<method>(...)`."""

    list = _rt.operation(_list_companies.request, "list")
    get = _rt.operation(_get_company.request, "get")
    update = _rt.operation(_update_company.request, "update")


class AsyncCompanies(_rt.AsyncResource):
    """The operations tagged companies, awaited: `await client.aio.companies.<method>(...)`."""

    list = _rt.async_operation(_list_companies.request, "list")
    get = _rt.async_operation(_get_company.request, "get")
    update = _rt.async_operation(_update_company.request, "update")


__all__ = ["AsyncCompanies", "Companies"]
