"""The operations tagged customer_assets: `client.customer_assets` (CustomerAssets) and
`client.aio.customer_assets` (AsyncCustomerAssets). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_customer_asset as _create_customer_asset
from . import delete_customer_asset as _delete_customer_asset
from . import get_customer_asset as _get_customer_asset
from . import get_site_customer_asset as _get_site_customer_asset
from . import list_all_customer_assets as _list_all_customer_assets
from . import list_customer_assets as _list_customer_assets
from . import update_customer_asset as _update_customer_asset


class CustomerAssets(_rt.Resource):
    """The operations tagged customer_assets, as `client.customer_assets.<method>(...)`."""

    list_all = _rt.operation(_list_all_customer_assets.request, "list_all")
    get = _rt.operation(_get_customer_asset.request, "get")
    list = _rt.operation(_list_customer_assets.request, "list")
    create = _rt.operation(_create_customer_asset.request, "create")
    get_site = _rt.operation(_get_site_customer_asset.request, "get_site")
    delete = _rt.operation(_delete_customer_asset.request, "delete")
    update = _rt.operation(_update_customer_asset.request, "update")
    iterate_all = _rt.pages(_list_all_customer_assets.request, "iterate_all", "page", "page_size")
    iterate = _rt.pages(_list_customer_assets.request, "iterate", "page", "page_size")


class AsyncCustomerAssets(_rt.AsyncResource):
    """The operations tagged customer_assets, awaited: `await client.aio.customer_assets.<method>(...)`."""

    list_all = _rt.async_operation(_list_all_customer_assets.request, "list_all")
    get = _rt.async_operation(_get_customer_asset.request, "get")
    list = _rt.async_operation(_list_customer_assets.request, "list")
    create = _rt.async_operation(_create_customer_asset.request, "create")
    get_site = _rt.async_operation(_get_site_customer_asset.request, "get_site")
    delete = _rt.async_operation(_delete_customer_asset.request, "delete")
    update = _rt.async_operation(_update_customer_asset.request, "update")
    iterate_all = _rt.async_pages(_list_all_customer_assets.request, "iterate_all", "page", "page_size")
    iterate = _rt.async_pages(_list_customer_assets.request, "iterate", "page", "page_size")


__all__ = ["AsyncCustomerAssets", "CustomerAssets"]
