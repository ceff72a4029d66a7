"""The operations tagged catalog_pricing_tier_prices: `client.catalog_pricing_tier_prices` (CatalogPricingTierPrices) and
`client.aio.catalog_pricing_tier_prices` (AsyncCatalogPricingTierPrices). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_catalog_pricingtier_price as _create_catalog_pricingtier_price
from . import delete_catalog_pricingtier_price as _delete_catalog_pricingtier_price
from . import get_catalog_pricingtier_price as _get_catalog_pricingtier_price
from . import list_catalog_pricingtier_prices as _list_catalog_pricingtier_prices
from . import update_catalog_pricingtier_price as _update_catalog_pricingtier_price


class CatalogPricingTierPrices(_rt.Resource):
    """The operations tagged catalog_pricing_tier_prices, as `client.catalog_pricing_tier_prices.<method>(...)`."""

    list_catalog_pricingtier_prices = _rt.operation(
        _list_catalog_pricingtier_prices.request, "list_catalog_pricingtier_prices"
    )
    create_catalog_pricingtier_price = _rt.operation(
        _create_catalog_pricingtier_price.request, "create_catalog_pricingtier_price"
    )
    get_catalog_pricingtier_price = _rt.operation(
        _get_catalog_pricingtier_price.request, "get_catalog_pricingtier_price"
    )
    delete_catalog_pricingtier_price = _rt.operation(
        _delete_catalog_pricingtier_price.request, "delete_catalog_pricingtier_price"
    )
    update_catalog_pricingtier_price = _rt.operation(
        _update_catalog_pricingtier_price.request, "update_catalog_pricingtier_price"
    )
    iterate_catalog_pricingtier_prices = _rt.pages(
        _list_catalog_pricingtier_prices.request, "iterate_catalog_pricingtier_prices", "page", "page_size"
    )


class AsyncCatalogPricingTierPrices(_rt.AsyncResource):
    """The operations tagged catalog_pricing_tier_prices, awaited: `await client.aio.catalog_pricing_tier_prices.<method>(...)`."""

    list_catalog_pricingtier_prices = _rt.async_operation(
        _list_catalog_pricingtier_prices.request, "list_catalog_pricingtier_prices"
    )
    create_catalog_pricingtier_price = _rt.async_operation(
        _create_catalog_pricingtier_price.request, "create_catalog_pricingtier_price"
    )
    get_catalog_pricingtier_price = _rt.async_operation(
        _get_catalog_pricingtier_price.request, "get_catalog_pricingtier_price"
    )
    delete_catalog_pricingtier_price = _rt.async_operation(
        _delete_catalog_pricingtier_price.request, "delete_catalog_pricingtier_price"
    )
    update_catalog_pricingtier_price = _rt.async_operation(
        _update_catalog_pricingtier_price.request, "update_catalog_pricingtier_price"
    )
    iterate_catalog_pricingtier_prices = _rt.async_pages(
        _list_catalog_pricingtier_prices.request, "iterate_catalog_pricingtier_prices", "page", "page_size"
    )


__all__ = ["AsyncCatalogPricingTierPrices", "CatalogPricingTierPrices"]
