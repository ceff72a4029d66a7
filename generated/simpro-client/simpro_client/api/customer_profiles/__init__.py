"""The operations tagged customer_profiles: `client.customer_profiles` (CustomerProfiles) and
`client.aio.customer_profiles` (AsyncCustomerProfiles). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_customer_profile as _create_customer_profile
from . import delete_customer_profile as _delete_customer_profile
from . import get_customer_profile as _get_customer_profile
from . import list_customer_profiles as _list_customer_profiles
from . import update_customer_profile as _update_customer_profile


class CustomerProfiles(_rt.Resource):
    """The operations tagged customer_profiles, as `client.customer_profiles.<method>(...)`."""

    list = _rt.operation(_list_customer_profiles.request, "list")
    create = _rt.operation(_create_customer_profile.request, "create")
    get = _rt.operation(_get_customer_profile.request, "get")
    delete = _rt.operation(_delete_customer_profile.request, "delete")
    update = _rt.operation(_update_customer_profile.request, "update")
    iterate = _rt.pages(_list_customer_profiles.request, "iterate", "page", "page_size")


class AsyncCustomerProfiles(_rt.AsyncResource):
    """The operations tagged customer_profiles, awaited: `await client.aio.customer_profiles.<method>(...)`."""

    list = _rt.async_operation(_list_customer_profiles.request, "list")
    create = _rt.async_operation(_create_customer_profile.request, "create")
    get = _rt.async_operation(_get_customer_profile.request, "get")
    delete = _rt.async_operation(_delete_customer_profile.request, "delete")
    update = _rt.async_operation(_update_customer_profile.request, "update")
    iterate = _rt.async_pages(_list_customer_profiles.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerProfiles", "CustomerProfiles"]
