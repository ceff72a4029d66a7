"""The operations tagged vendor_branches: `client.vendor_branches` (VendorBranches) and
`client.aio.vendor_branches` (AsyncVendorBranches). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_vendor_branch as _create_vendor_branch
from . import delete_vendor_branch as _delete_vendor_branch
from . import get_vendor_branch as _get_vendor_branch
from . import list_vendor_branches as _list_vendor_branches
from . import update_vendor_branch as _update_vendor_branch


class VendorBranches(_rt.Resource):
    """The operations tagged vendor_branches, as `client.vendor_branches.<method>(...)`."""

    list = _rt.operation(_list_vendor_branches.request, "list")
    create = _rt.operation(_create_vendor_branch.request, "create")
    get = _rt.operation(_get_vendor_branch.request, "get")
    delete = _rt.operation(_delete_vendor_branch.request, "delete")
    update = _rt.operation(_update_vendor_branch.request, "update")
    iterate = _rt.pages(_list_vendor_branches.request, "iterate", "page", "page_size")


class AsyncVendorBranches(_rt.AsyncResource):
    """The operations tagged vendor_branches, awaited: `await client.aio.vendor_branches.<method>(...)`."""

    list = _rt.async_operation(_list_vendor_branches.request, "list")
    create = _rt.async_operation(_create_vendor_branch.request, "create")
    get = _rt.async_operation(_get_vendor_branch.request, "get")
    delete = _rt.async_operation(_delete_vendor_branch.request, "delete")
    update = _rt.async_operation(_update_vendor_branch.request, "update")
    iterate = _rt.async_pages(_list_vendor_branches.request, "iterate", "page", "page_size")


__all__ = ["AsyncVendorBranches", "VendorBranches"]
