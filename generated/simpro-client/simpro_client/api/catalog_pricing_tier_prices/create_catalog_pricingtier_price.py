from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.catalog_pricing_tier_price import CatalogPricingTierPrice
from ...models.catalog_pricing_tier_price_create import CatalogPricingTierPriceCreate


def request(
    *,
    company_id: int,
    catalog_id: int,
    pricing_tier_id: int,
    body: CatalogPricingTierPriceCreate,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[CatalogPricingTierPrice]:
    """Create a new catalog pricingtier price.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        catalog_id: A valid catalog id
        pricing_tier_id: A valid pricing tier id
        body: Catalog PricingTier Price object

    Returns:
        CatalogPricingTierPrice (the 201 answer).

    Raises:
        errors.UnprocessableEntityError: 422 - body contains invalid data.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "POST",
        _rt.path(
            "/api/v1.0/companies/{company_id}/catalogs/{catalog_id}/pricingTiers/{pricing_tier_id}/prices/",
            company_id=company_id,
            catalog_id=catalog_id,
            pricing_tier_id=pricing_tier_id,
        ),
        _parse,
        options,
        json=body,
    )


def _parse(response: httpx.Response) -> CatalogPricingTierPrice:
    if response.status_code == 201:
        response_201 = CatalogPricingTierPrice.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
