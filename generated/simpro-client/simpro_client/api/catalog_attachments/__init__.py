"""The operations tagged catalog_attachments: `client.catalog_attachments` (CatalogAttachments) and
`client.aio.catalog_attachments` (AsyncCatalogAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_catalog_attachment as _create_catalog_attachment
from . import delete_catalog_attachment as _delete_catalog_attachment
from . import get_catalog_attachment as _get_catalog_attachment
from . import list_catalog_attachments as _list_catalog_attachments
from . import update_catalog_attachment as _update_catalog_attachment


class CatalogAttachments(_rt.Resource):
    """The operations tagged catalog_attachments, as `client.catalog_attachments.<method>(...)`."""

    list = _rt.operation(_list_catalog_attachments.request, "list")
    create = _rt.operation(_create_catalog_attachment.request, "create")
    get = _rt.operation(_get_catalog_attachment.request, "get")
    delete = _rt.operation(_delete_catalog_attachment.request, "delete")
    update = _rt.operation(_update_catalog_attachment.request, "update")
    iterate = _rt.pages(_list_catalog_attachments.request, "iterate", "page", "page_size")


class AsyncCatalogAttachments(_rt.AsyncResource):
    """The operations tagged catalog_attachments, awaited: `await client.aio.catalog_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_catalog_attachments.request, "list")
    create = _rt.async_operation(_create_catalog_attachment.request, "create")
    get = _rt.async_operation(_get_catalog_attachment.request, "get")
    delete = _rt.async_operation(_delete_catalog_attachment.request, "delete")
    update = _rt.async_operation(_update_catalog_attachment.request, "update")
    iterate = _rt.async_pages(_list_catalog_attachments.request, "iterate", "page", "page_size")


__all__ = ["AsyncCatalogAttachments", "CatalogAttachments"]
