from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.currency_id import CurrencyId


def request(
    *,
    company_id: int,
    catalog_id: int,
    currency_id: CurrencyId,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[None]:
    """Delete a catalog currencies.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        catalog_id: A valid catalog id
        currency_id: A valid currency id

    Returns:
        None (the 204 answer).

    Raises:
        errors.NotFoundError: 404 - Catalog Currencies does not exist.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "DELETE",
        _rt.path(
            "/api/v1.0/companies/{company_id}/catalogs/{catalog_id}/currencies/{currency_id}",
            company_id=company_id,
            catalog_id=catalog_id,
            currency_id=currency_id,
        ),
        _parse,
        options,
    )


def _parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)
