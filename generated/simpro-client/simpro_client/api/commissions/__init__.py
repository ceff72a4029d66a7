"""The operations tagged commissions: `client.commissions` (Commissions) and
`client.aio.commissions` (AsyncCommissions). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_advanced_commission as _create_advanced_commission
from . import create_basic_commission as _create_basic_commission
from . import delete_advanced_commission as _delete_advanced_commission
from . import delete_basic_commission as _delete_basic_commission
from . import get_advanced_commission as _get_advanced_commission
from . import get_basic_commission as _get_basic_commission
from . import list_advanced_commissions as _list_advanced_commissions
from . import list_basic_commissions as _list_basic_commissions
from . import list_commissions as _list_commissions
from . import update_advanced_commission as _update_advanced_commission
from . import update_basic_commission as _update_basic_commission


class Commissions(_rt.Resource):
    """The operations tagged commissions, as `client.commissions.<method>(...)`."""

    list = _rt.operation(_list_commissions.request, "list")
    list_advanced = _rt.operation(_list_advanced_commissions.request, "list_advanced")
    create_advanced = _rt.operation(_create_advanced_commission.request, "create_advanced")
    get_advanced = _rt.operation(_get_advanced_commission.request, "get_advanced")
    delete_advanced = _rt.operation(_delete_advanced_commission.request, "delete_advanced")
    update_advanced = _rt.operation(_update_advanced_commission.request, "update_advanced")
    list_basic = _rt.operation(_list_basic_commissions.request, "list_basic")
    create_basic = _rt.operation(_create_basic_commission.request, "create_basic")
    get_basic = _rt.operation(_get_basic_commission.request, "get_basic")
    delete_basic = _rt.operation(_delete_basic_commission.request, "delete_basic")
    update_basic = _rt.operation(_update_basic_commission.request, "update_basic")
    iterate = _rt.pages(_list_commissions.request, "iterate", "page", "page_size")
    iterate_advanced = _rt.pages(_list_advanced_commissions.request, "iterate_advanced", "page", "page_size")
    iterate_basic = _rt.pages(_list_basic_commissions.request, "iterate_basic", "page", "page_size")


class AsyncCommissions(_rt.AsyncResource):
    """The operations tagged commissions, awaited: `await client.aio.commissions.<method>(...)`."""

    list = _rt.async_operation(_list_commissions.request, "list")
    list_advanced = _rt.async_operation(_list_advanced_commissions.request, "list_advanced")
    create_advanced = _rt.async_operation(_create_advanced_commission.request, "create_advanced")
    get_advanced = _rt.async_operation(_get_advanced_commission.request, "get_advanced")
    delete_advanced = _rt.async_operation(_delete_advanced_commission.request, "delete_advanced")
    update_advanced = _rt.async_operation(_update_advanced_commission.request, "update_advanced")
    list_basic = _rt.async_operation(_list_basic_commissions.request, "list_basic")
    create_basic = _rt.async_operation(_create_basic_commission.request, "create_basic")
    get_basic = _rt.async_operation(_get_basic_commission.request, "get_basic")
    delete_basic = _rt.async_operation(_delete_basic_commission.request, "delete_basic")
    update_basic = _rt.async_operation(_update_basic_commission.request, "update_basic")
    iterate = _rt.async_pages(_list_commissions.request, "iterate", "page", "page_size")
    iterate_advanced = _rt.async_pages(_list_advanced_commissions.request, "iterate_advanced", "page", "page_size")
    iterate_basic = _rt.async_pages(_list_basic_commissions.request, "iterate_basic", "page", "page_size")


__all__ = ["AsyncCommissions", "Commissions"]
