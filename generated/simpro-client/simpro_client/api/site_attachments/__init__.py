"""The operations tagged site_attachments: `client.site_attachments` (SiteAttachments) and
`client.aio.site_attachments` (AsyncSiteAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_site_attachment as _create_site_attachment
from . import delete_site_attachment as _delete_site_attachment
from . import get_site_attachment as _get_site_attachment
from . import list_site_attachments as _list_site_attachments
from . import update_site_attachment as _update_site_attachment


class SiteAttachments(_rt.Resource):
    """The operations tagged site_attachments, as `client.site_attachments.<method>(...)`."""

    list = _rt.operation(_list_site_attachments.request, "list")
    create = _rt.operation(_create_site_attachment.request, "create")
    get = _rt.operation(_get_site_attachment.request, "get")
    delete = _rt.operation(_delete_site_attachment.request, "delete")
    update = _rt.operation(_update_site_attachment.request, "update")
    iterate = _rt.pages(_list_site_attachments.request, "iterate", "page", "page_size")


class AsyncSiteAttachments(_rt.AsyncResource):
    """The operations tagged site_attachments, awaited: `await client.aio.site_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_site_attachments.request, "list")
    create = _rt.async_operation(_create_site_attachment.request, "create")
    get = _rt.async_operation(_get_site_attachment.request, "get")
    delete = _rt.async_operation(_delete_site_attachment.request, "delete")
    update = _rt.async_operation(_update_site_attachment.request, "update")
    iterate = _rt.async_pages(_list_site_attachments.request, "iterate", "page", "page_size")


__all__ = ["AsyncSiteAttachments", "SiteAttachments"]
