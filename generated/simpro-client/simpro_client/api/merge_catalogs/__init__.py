"""The operations tagged merge_catalogs: `client.merge_catalogs` (MergeCatalogs) and
`client.aio.merge_catalogs` (AsyncMergeCatalogs). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_merge_catalog as _create_merge_catalog


class MergeCatalogs(_rt.Resource):
    """The operations tagged merge_catalogs, as `client.merge_catalogs.<method>(...)`."""

    create = _rt.operation(_create_merge_catalog.request, "create")


class AsyncMergeCatalogs(_rt.AsyncResource):
    """The operations tagged merge_catalogs, awaited: `await client.aio.merge_catalogs.<method>(...)`."""

    create = _rt.async_operation(_create_merge_catalog.request, "create")


__all__ = ["AsyncMergeCatalogs", "MergeCatalogs"]
