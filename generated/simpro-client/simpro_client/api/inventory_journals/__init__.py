"""The operations tagged inventory_journals: `client.inventory_journals` (InventoryJournals) and
`client.aio.inventory_journals` (AsyncInventoryJournals). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_inventory_journal as _get_inventory_journal
from . import list_inventory_journals as _list_inventory_journals


class InventoryJournals(_rt.Resource):
    """The operations tagged inventory_journals, as `client.inventory_journals.<method>(...)`."""

    list = _rt.operation(_list_inventory_journals.request, "list")
    get = _rt.operation(_get_inventory_journal.request, "get")
    iterate = _rt.pages(_list_inventory_journals.request, "iterate", "page", "page_size")


class AsyncInventoryJournals(_rt.AsyncResource):
    """The operations tagged inventory_journals, awaited: `await client.aio.inventory_journals.<method>(...)`."""

    list = _rt.async_operation(_list_inventory_journals.request, "list")
    get = _rt.async_operation(_get_inventory_journal.request, "get")
    iterate = _rt.async_pages(_list_inventory_journals.request, "iterate", "page", "page_size")


__all__ = ["AsyncInventoryJournals", "InventoryJournals"]
