"""The operations tagged asset_test_histories: `client.asset_test_histories` (AssetTestHistories) and
`client.aio.asset_test_histories` (AsyncAssetTestHistories). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import list_asset_test_histories as _list_asset_test_histories


class AssetTestHistories(_rt.Resource):
    """The operations tagged asset_test_histories, as `client.asset_test_histories.<method>(...)`."""

    list = _rt.operation(_list_asset_test_histories.request, "list")
    iterate = _rt.pages(_list_asset_test_histories.request, "iterate", "page", "page_size")


class AsyncAssetTestHistories(_rt.AsyncResource):
    """The operations tagged asset_test_histories, awaited: `await client.aio.asset_test_histories.<method>(...)`."""

    list = _rt.async_operation(_list_asset_test_histories.request, "list")
    iterate = _rt.async_pages(_list_asset_test_histories.request, "iterate", "page", "page_size")


__all__ = ["AsyncAssetTestHistories", "AssetTestHistories"]
