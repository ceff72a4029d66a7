"""The operations tagged prebuild_attachments: `client.prebuild_attachments` (PrebuildAttachments) and
`client.aio.prebuild_attachments` (AsyncPrebuildAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_prebuild_attachment as _create_prebuild_attachment
from . import delete_prebuild_attachment as _delete_prebuild_attachment
from . import get_prebuild_attachment as _get_prebuild_attachment
from . import list_prebuild_attachments as _list_prebuild_attachments
from . import update_prebuild_attachment as _update_prebuild_attachment


class PrebuildAttachments(_rt.Resource):
    """The operations tagged prebuild_attachments, as `client.prebuild_attachments.<method>(...)`."""

    list = _rt.operation(_list_prebuild_attachments.request, "list")
    create = _rt.operation(_create_prebuild_attachment.request, "create")
    get = _rt.operation(_get_prebuild_attachment.request, "get")
    delete = _rt.operation(_delete_prebuild_attachment.request, "delete")
    update = _rt.operation(_update_prebuild_attachment.request, "update")
    iterate = _rt.pages(_list_prebuild_attachments.request, "iterate", "page", "page_size")


class AsyncPrebuildAttachments(_rt.AsyncResource):
    """The operations tagged prebuild_attachments, awaited: `await client.aio.prebuild_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_prebuild_attachments.request, "list")
    create = _rt.async_operation(_create_prebuild_attachment.request, "create")
    get = _rt.async_operation(_get_prebuild_attachment.request, "get")
    delete = _rt.async_operation(_delete_prebuild_attachment.request, "delete")
    update = _rt.async_operation(_update_prebuild_attachment.request, "update")
    iterate = _rt.async_pages(_list_prebuild_attachments.request, "iterate", "page", "page_size")


__all__ = ["AsyncPrebuildAttachments", "PrebuildAttachments"]
