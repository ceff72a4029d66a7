"""The operations tagged security_groups: `client.security_groups` (SecurityGroups) and
`client.aio.security_groups` (AsyncSecurityGroups). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_security_group as _get_security_group
from . import list_security_groups as _list_security_groups


class SecurityGroups(_rt.Resource):
    """The operations tagged security_groups, as `client.security_groups.<method>(...)`."""

    list = _rt.operation(_list_security_groups.request, "list")
    get = _rt.operation(_get_security_group.request, "get")
    iterate = _rt.pages(_list_security_groups.request, "iterate", "page", "page_size")


class AsyncSecurityGroups(_rt.AsyncResource):
    """The operations tagged security_groups, awaited: `await client.aio.security_groups.<method>(...)`."""

    list = _rt.async_operation(_list_security_groups.request, "list")
    get = _rt.async_operation(_get_security_group.request, "get")
    iterate = _rt.async_pages(_list_security_groups.request, "iterate", "page", "page_size")


__all__ = ["AsyncSecurityGroups", "SecurityGroups"]
