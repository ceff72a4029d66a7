from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.labor_rate_overhead import LaborRateOverhead


def request(
    *,
    company_id: int,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[LaborRateOverhead]:
    """Retrieve details for a specific labor rate overhead.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm

    Returns:
        LaborRateOverhead (the 200 answer).

    Raises:
        errors.NotFoundError: 404 - Labor Rate Overhead not found.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "GET",
        _rt.path(
            "/api/v1.0/companies/{company_id}/setup/labor/laborRates/overhead/",
            company_id=company_id,
        ),
        _parse,
        options,
    )


def _parse(response: httpx.Response) -> LaborRateOverhead:
    if response.status_code == 200:
        response_200 = LaborRateOverhead.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
