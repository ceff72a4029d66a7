"""The operations tagged site_preferred_technicians: `client.site_preferred_technicians` (SitePreferredTechnicians) and
`client.aio.site_preferred_technicians` (AsyncSitePreferredTechnicians). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_site_preferred_technician as _create_site_preferred_technician
from . import delete_site_preferred_technician as _delete_site_preferred_technician
from . import get_site_preferred_technician as _get_site_preferred_technician
from . import list_site_preferred_technicians as _list_site_preferred_technicians
from . import update_site_preferred_technician as _update_site_preferred_technician


class SitePreferredTechnicians(_rt.Resource):
    """The operations tagged site_preferred_technicians, as `client.site_preferred_technicians.<method>(...)`."""

    list = _rt.operation(_list_site_preferred_technicians.request, "list")
    create = _rt.operation(_create_site_preferred_technician.request, "create")
    get = _rt.operation(_get_site_preferred_technician.request, "get")
    delete = _rt.operation(_delete_site_preferred_technician.request, "delete")
    update = _rt.operation(_update_site_preferred_technician.request, "update")
    iterate = _rt.pages(_list_site_preferred_technicians.request, "iterate", "page", "page_size")


class AsyncSitePreferredTechnicians(_rt.AsyncResource):
    """The operations tagged site_preferred_technicians, awaited: `await client.aio.site_preferred_technicians.<method>(...)`."""

    list = _rt.async_operation(_list_site_preferred_technicians.request, "list")
    create = _rt.async_operation(_create_site_preferred_technician.request, "create")
    get = _rt.async_operation(_get_site_preferred_technician.request, "get")
    delete = _rt.async_operation(_delete_site_preferred_technician.request, "delete")
    update = _rt.async_operation(_update_site_preferred_technician.request, "update")
    iterate = _rt.async_pages(_list_site_preferred_technicians.request, "iterate", "page", "page_size")


__all__ = ["AsyncSitePreferredTechnicians", "SitePreferredTechnicians"]
