"""The operations tagged asset_transfers: `client.asset_transfers` (AssetTransfers) and
`client.aio.asset_transfers` (AsyncAssetTransfers). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_asset_transfer as _create_asset_transfer


class AssetTransfers(_rt.Resource):
    """The operations tagged asset_transfers, as `client.asset_transfers.<method>(...)`."""

    create = _rt.operation(_create_asset_transfer.request, "create")


class AsyncAssetTransfers(_rt.AsyncResource):
    """The operations tagged asset_transfers, awaited: `await client.aio.asset_transfers.<method>(...)`."""

    create = _rt.async_operation(_create_asset_transfer.request, "create")


__all__ = ["AsyncAssetTransfers", "AssetTransfers"]
