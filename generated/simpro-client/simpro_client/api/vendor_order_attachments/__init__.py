"""The operations tagged vendor_order_attachments: `client.vendor_order_attachments` (VendorOrderAttachments) and
`client.aio.vendor_order_attachments` (AsyncVendorOrderAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_vendor_order_attachment as _create_vendor_order_attachment
from . import delete_vendor_order_attachment as _delete_vendor_order_attachment
from . import get_vendor_order_attachment as _get_vendor_order_attachment
from . import list_vendor_order_attachments as _list_vendor_order_attachments
from . import update_vendor_order_attachment as _update_vendor_order_attachment


class VendorOrderAttachments(_rt.Resource):
    """The operations tagged vendor_order_attachments, as `client.vendor_order_attachments.<method>(...)`."""

    list = _rt.operation(_list_vendor_order_attachments.request, "list")
    create = _rt.operation(_create_vendor_order_attachment.request, "create")
    get = _rt.operation(_get_vendor_order_attachment.request, "get")
    delete = _rt.operation(_delete_vendor_order_attachment.request, "delete")
    update = _rt.operation(_update_vendor_order_attachment.request, "update")
    iterate = _rt.pages(_list_vendor_order_attachments.request, "iterate", "page", "page_size")


class AsyncVendorOrderAttachments(_rt.AsyncResource):
    """The operations tagged vendor_order_attachments, awaited: `await client.aio.vendor_order_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_order_attachments.request, "list")
    create = _rt.async_operation(_create_vendor_order_attachment.request, "create")
    get = _rt.async_operation(_get_vendor_order_attachment.request, "get")
    delete = _rt.async_operation(_delete_vendor_order_attachment.request, "delete")
    update = _rt.async_operation(_update_vendor_order_attachment.request, "update")
    iterate = _rt.async_pages(_list_vendor_order_attachments.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendorOrderAttachments", "VendorOrderAttachments"]
