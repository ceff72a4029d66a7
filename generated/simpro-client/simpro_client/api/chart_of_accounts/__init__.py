"""The operations tagged chart_of_accounts: `client.chart_of_accounts` (ChartOfAccounts) and
`client.aio.chart_of_accounts` (AsyncChartOfAccounts). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_chart_account as _create_chart_account
from . import delete_chart_account as _delete_chart_account
from . import get_chart_account as _get_chart_account
from . import list_chart_accounts as _list_chart_accounts
from . import update_chart_account as _update_chart_account


class ChartOfAccounts(_rt.Resource):
    """The operations tagged chart_of_accounts, as `client.chart_of_accounts.<method>(...)`."""

    list_chart_accounts = _rt.operation(_list_chart_accounts.request, "list_chart_accounts")
    create_chart_account = _rt.operation(_create_chart_account.request, "create_chart_account")
    get_chart_account = _rt.operation(_get_chart_account.request, "get_chart_account")
    delete_chart_account = _rt.operation(_delete_chart_account.request, "delete_chart_account")
    update_chart_account = _rt.operation(_update_chart_account.request, "update_chart_account")
    iterate_chart_accounts = _rt.pages(_list_chart_accounts.request, "iterate_chart_accounts", "page", "page_size")


class AsyncChartOfAccounts(_rt.AsyncResource):
    """The operations tagged chart_of_accounts, awaited: `await client.aio.chart_of_accounts.<method>(...)`."""

    list_chart_accounts = _rt.async_operation(_list_chart_accounts.request, "list_chart_accounts")
    create_chart_account = _rt.async_operation(_create_chart_account.request, "create_chart_account")
    get_chart_account = _rt.async_operation(_get_chart_account.request, "get_chart_account")
    delete_chart_account = _rt.async_operation(_delete_chart_account.request, "delete_chart_account")
    update_chart_account = _rt.async_operation(_update_chart_account.request, "update_chart_account")
    iterate_chart_accounts = _rt.async_pages(
        _list_chart_accounts.request, "iterate_chart_accounts", "page", "page_size"
    )


__all__ = ["AsyncChartOfAccounts", "ChartOfAccounts"]
