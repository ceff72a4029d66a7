"""The operations tagged info: `client.info` (Info) and
`client.aio.info` (AsyncInfo). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_info as _get_info


class Info(_rt.Resource):
    """The operations tagged info, as `client.info.<method>(...)`."""

    get = _rt.operation(_get_info.request, "get")


class AsyncInfo(_rt.AsyncResource):
    """The operations tagged info, awaited: `await client.aio.info.<method>(...)`."""

    get = _rt.async_operation(_get_info.request, "get")


__all__ = ["AsyncInfo", "Info"]
