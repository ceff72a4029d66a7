from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.contractor_invoice_variance_create import ContractorInvoiceVarianceCreate


def request(
    *,
    company_id: int,
    contractor_invoice_id: int,
    body: ContractorInvoiceVarianceCreate,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[None]:
    """Create a new contractor invoice variance.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        contractor_invoice_id: A valid contractor invoice id
        body: Contractor invoice variance object

    Returns:
        None (the 201 answer).

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
            "/api/v1.0/companies/{company_id}/contractorInvoices/{contractor_invoice_id}/contractorVariances/",
            company_id=company_id,
            contractor_invoice_id=contractor_invoice_id,
        ),
        _parse,
        options,
        json=body,
    )


def _parse(response: httpx.Response) -> None:
    if response.status_code == 201:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)
