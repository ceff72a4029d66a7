"""The operations tagged purchasing_stages: `client.purchasing_stages` (PurchasingStages) and
`client.aio.purchasing_stages` (AsyncPurchasingStages). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_purchasing_stage as _create_purchasing_stage
from . import delete_purchasing_stage as _delete_purchasing_stage
from . import get_purchasing_stage as _get_purchasing_stage
from . import list_purchasing_stages as _list_purchasing_stages
from . import update_purchasing_stage as _update_purchasing_stage


class PurchasingStages(_rt.Resource):
    """The operations tagged purchasing_stages, as `client.purchasing_stages.<method>(...)`."""

    list = _rt.operation(_list_purchasing_stages.request, "list")
    create = _rt.operation(_create_purchasing_stage.request, "create")
    get = _rt.operation(_get_purchasing_stage.request, "get")
    delete = _rt.operation(_delete_purchasing_stage.request, "delete")
    update = _rt.operation(_update_purchasing_stage.request, "update")
    iterate = _rt.pages(_list_purchasing_stages.request, "iterate", "page", "page_size")


class AsyncPurchasingStages(_rt.AsyncResource):
    """The operations tagged purchasing_stages, awaited: `await client.aio.purchasing_stages.<method>(...)`."""

    list = _rt.async_operation(_list_purchasing_stages.request, "list")
    create = _rt.async_operation(_create_purchasing_stage.request, "create")
    get = _rt.async_operation(_get_purchasing_stage.request, "get")
    delete = _rt.async_operation(_delete_purchasing_stage.request, "delete")
    update = _rt.async_operation(_update_purchasing_stage.request, "update")
    iterate = _rt.async_pages(_list_purchasing_stages.request, "iterate", "page", "page_size")


__all__ = ["AsyncPurchasingStages", "PurchasingStages"]
