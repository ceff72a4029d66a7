"""The operations tagged leads: `client.leads` (Leads) and
`client.aio.leads` (AsyncLeads). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_lead as _create_lead
from . import delete_lead as _delete_lead
from . import get_lead as _get_lead
from . import list_leads as _list_leads
from . import update_lead as _update_lead


class Leads(_rt.Resource):
    """The operations tagged leads, as `client.leads.<method>(...)`."""

    list = _rt.operation(_list_leads.request, "list")
    create = _rt.operation(_create_lead.request, "create")
    get = _rt.operation(_get_lead.request, "get")
    delete = _rt.operation(_delete_lead.request, "delete")
    update = _rt.operation(_update_lead.request, "update")
    iterate = _rt.pages(_list_leads.request, "iterate", "page", "page_size")


class AsyncLeads(_rt.AsyncResource):
    """The operations tagged leads, awaited: `await client.aio.leads.<method>(...)`."""

    list = _rt.async_operation(_list_leads.request, "list")
    create = _rt.async_operation(_create_lead.request, "create")
    get = _rt.async_operation(_get_lead.request, "get")
    delete = _rt.async_operation(_delete_lead.request, "delete")
    update = _rt.async_operation(_update_lead.request, "update")
    iterate = _rt.async_pages(_list_leads.request, "iterate", "page", "page_size")


__all__ = ["AsyncLeads", "Leads"]
