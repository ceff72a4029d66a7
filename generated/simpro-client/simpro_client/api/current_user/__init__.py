"""The operations tagged current_user: `client.current_user` (CurrentUser) and
`client.aio.current_user` (AsyncCurrentUser). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import list_current_users as _list_current_users


class CurrentUser(_rt.Resource):
    """The operations tagged current_user, as `client.current_user.<method>(...)`."""

    list_current_users = _rt.operation(_list_current_users.request, "list_current_users")


class AsyncCurrentUser(_rt.AsyncResource):
    """The operations tagged current_user, awaited: `await client.aio.current_user.<method>(...)`."""

    list_current_users = _rt.async_operation(_list_current_users.request, "list_current_users")


__all__ = ["AsyncCurrentUser", "CurrentUser"]
