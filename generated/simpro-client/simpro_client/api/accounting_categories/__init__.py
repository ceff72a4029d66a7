"""The operations tagged accounting_categories: `client.accounting_categories` (AccountingCategories) and
`client.aio.accounting_categories` (AsyncAccountingCategories). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_accounting_category as _create_accounting_category
from . import delete_accounting_category as _delete_accounting_category
from . import get_accounting_category as _get_accounting_category
from . import list_accounting_categories as _list_accounting_categories
from . import update_accounting_category as _update_accounting_category


class AccountingCategories(_rt.Resource):
    """The operations tagged accounting_categories, as `client.accounting_categories.<method>(...)`."""

    list = _rt.operation(_list_accounting_categories.request, "list")
    create = _rt.operation(_create_accounting_category.request, "create")
    get = _rt.operation(_get_accounting_category.request, "get")
    delete = _rt.operation(_delete_accounting_category.request, "delete")
    update = _rt.operation(_update_accounting_category.request, "update")
    iterate = _rt.pages(_list_accounting_categories.request, "iterate", "page", "page_size")


class AsyncAccountingCategories(_rt.AsyncResource):
    """The operations tagged accounting_categories, awaited: `await client.aio.accounting_categories.<method>(...)`."""

    list = _rt.async_operation(_list_accounting_categories.request, "list")
    create = _rt.async_operation(_create_accounting_category.request, "create")
    get = _rt.async_operation(_get_accounting_category.request, "get")
    delete = _rt.async_operation(_delete_accounting_category.request, "delete")
    update = _rt.async_operation(_update_accounting_category.request, "update")
    iterate = _rt.async_pages(_list_accounting_categories.request, "iterate", "page", "page_size")


__all__ = ["AsyncAccountingCategories", "AccountingCategories"]
