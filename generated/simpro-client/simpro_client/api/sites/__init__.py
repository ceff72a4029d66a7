"""The operations tagged sites: `client.sites` (Sites) and
`client.aio.sites` (AsyncSites). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_site as _create_site
from . import delete_site as _delete_site
from . import get_site as _get_site
from . import list_sites as _list_sites
from . import update_site as _update_site


class Sites(_rt.Resource):
    """The operations tagged sites, as `client.sites.<method>(...)`."""

    list = _rt.operation(_list_sites.request, "list")
    create = _rt.operation(_create_site.request, "create")
    get = _rt.operation(_get_site.request, "get")
    delete = _rt.operation(_delete_site.request, "delete")
    update = _rt.operation(_update_site.request, "update")
    iterate = _rt.pages(_list_sites.request, "iterate", "page", "page_size")


class AsyncSites(_rt.AsyncResource):
    """The operations tagged sites, awaited: `await client.aio.sites.<method>(...)`."""

    list = _rt.async_operation(_list_sites.request, "list")
    create = _rt.async_operation(_create_site.request, "create")
    get = _rt.async_operation(_get_site.request, "get")
    delete = _rt.async_operation(_delete_site.request, "delete")
    update = _rt.async_operation(_update_site.request, "update")
    iterate = _rt.async_pages(_list_sites.request, "iterate", "page", "page_size")


__all__ = ["AsyncSites", "Sites"]
