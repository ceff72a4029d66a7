"""The operations tagged customer_tags: `client.customer_tags` (CustomerTags) and
`client.aio.customer_tags` (AsyncCustomerTags). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_customer_tag as _create_customer_tag
from . import delete_customer_tag as _delete_customer_tag
from . import get_customer_tag as _get_customer_tag
from . import list_customer_tags as _list_customer_tags
from . import update_customer_tag as _update_customer_tag


class CustomerTags(_rt.Resource):
    """The operations tagged customer_tags, as `client.customer_tags.<method>(...)`."""

    list = _rt.operation(_list_customer_tags.request, "list")
    create = _rt.operation(_create_customer_tag.request, "create")
    get = _rt.operation(_get_customer_tag.request, "get")
    delete = _rt.operation(_delete_customer_tag.request, "delete")
    update = _rt.operation(_update_customer_tag.request, "update")
    iterate = _rt.pages(_list_customer_tags.request, "iterate", "page", "page_size")


class AsyncCustomerTags(_rt.AsyncResource):
    """The operations tagged customer_tags, awaited: `await client.aio.customer_tags.<method>(...)`."""

    list = _rt.async_operation(_list_customer_tags.request, "list")
    create = _rt.async_operation(_create_customer_tag.request, "create")
    get = _rt.async_operation(_get_customer_tag.request, "get")
    delete = _rt.async_operation(_delete_customer_tag.request, "delete")
    update = _rt.async_operation(_update_customer_tag.request, "update")
    iterate = _rt.async_pages(_list_customer_tags.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerTags", "CustomerTags"]
