"""The operations tagged pricing_tiers: `client.pricing_tiers` (PricingTiers) and
`client.aio.pricing_tiers` (AsyncPricingTiers). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_pricing_tier as _create_pricing_tier
from . import delete_pricing_tier as _delete_pricing_tier
from . import get_pricing_tier as _get_pricing_tier
from . import list_pricing_tiers as _list_pricing_tiers
from . import update_pricing_tier as _update_pricing_tier


class PricingTiers(_rt.Resource):
    """The operations tagged pricing_tiers, as `client.pricing_tiers.<method>(...)`."""

    list = _rt.operation(_list_pricing_tiers.request, "list")
    create = _rt.operation(_create_pricing_tier.request, "create")
    get = _rt.operation(_get_pricing_tier.request, "get")
    delete = _rt.operation(_delete_pricing_tier.request, "delete")
    update = _rt.operation(_update_pricing_tier.request, "update")
    iterate = _rt.pages(_list_pricing_tiers.request, "iterate", "page", "page_size")


class AsyncPricingTiers(_rt.AsyncResource):
    """The operations tagged pricing_tiers, awaited: `await client.aio.pricing_tiers.<method>(...)`."""

    list = _rt.async_operation(_list_pricing_tiers.request, "list")
    create = _rt.async_operation(_create_pricing_tier.request, "create")
    get = _rt.async_operation(_get_pricing_tier.request, "get")
    delete = _rt.async_operation(_delete_pricing_tier.request, "delete")
    update = _rt.async_operation(_update_pricing_tier.request, "update")
    iterate = _rt.async_pages(_list_pricing_tiers.request, "iterate", "page", "page_size")


__all__ = ["AsyncPricingTiers", "PricingTiers"]
