"""The operations tagged catalog_pricing_tiers: `client.catalog_pricing_tiers` (CatalogPricingTiers) and
`client.aio.catalog_pricing_tiers` (AsyncCatalogPricingTiers). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_catalog_pricing_tier as _get_catalog_pricing_tier
from . import list_catalog_pricing_tiers as _list_catalog_pricing_tiers


class CatalogPricingTiers(_rt.Resource):
    """The operations tagged catalog_pricing_tiers, as `client.catalog_pricing_tiers.<method>(...)`."""

    list = _rt.operation(_list_catalog_pricing_tiers.request, "list")
    get = _rt.operation(_get_catalog_pricing_tier.request, "get")
    iterate = _rt.pages(_list_catalog_pricing_tiers.request, "iterate", "page", "page_size")


class AsyncCatalogPricingTiers(_rt.AsyncResource):
    """The operations tagged catalog_pricing_tiers, awaited: `await client.aio.catalog_pricing_tiers.<method>(...)`."""

    list = _rt.async_operation(_list_catalog_pricing_tiers.request, "list")
    get = _rt.async_operation(_get_catalog_pricing_tier.request, "get")
    iterate = _rt.async_pages(_list_catalog_pricing_tiers.request, "iterate", "page", "page_size")


__all__ = ["AsyncCatalogPricingTiers", "CatalogPricingTiers"]
