from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.catalog_pricing_tier_price import CatalogPricingTierPrice
from ...types import UNSET, Unset


def request(
    *,
    company_id: int,
    catalog_id: int,
    pricing_tier_id: int,
    price_id: int,
    columns: list[str] | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[CatalogPricingTierPrice]:
    """Retrieve details for a specific catalog pricingtier price.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        catalog_id: A valid catalog id
        pricing_tier_id: A valid pricing tier id
        price_id: A valid price id
        columns: When listing or searching a resource, specify which columns to be displayed

    Returns:
        CatalogPricingTierPrice (the 200 answer).

    Raises:
        errors.NotFoundError: 404 - Catalog PricingTier Price not found.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "GET",
        _rt.path(
            "/api/v1.0/companies/{company_id}/catalogs/{catalog_id}/pricingTiers/{pricing_tier_id}/prices/{price_id}",
            company_id=company_id,
            catalog_id=catalog_id,
            pricing_tier_id=pricing_tier_id,
            price_id=price_id,
        ),
        _parse,
        options,
        params={
            "columns": columns,
        },
        comma_separated=("columns",),
    )


def _parse(response: httpx.Response) -> CatalogPricingTierPrice:
    if response.status_code == 200:
        response_200 = CatalogPricingTierPrice.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
