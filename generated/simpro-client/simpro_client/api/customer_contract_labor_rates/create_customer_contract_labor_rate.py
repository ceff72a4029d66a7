from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.customer_contract_labor_rate import CustomerContractLaborRate
from ...models.customer_contract_labor_rate_create import CustomerContractLaborRateCreate


def request(
    *,
    company_id: int,
    customer_id: int,
    contract_id: int,
    body: CustomerContractLaborRateCreate,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[CustomerContractLaborRate]:
    """Create a new customer contract labor rate.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        customer_id: A valid customer id
        contract_id: A valid contract id
        body: Customer Contract Labor Rate object

    Returns:
        CustomerContractLaborRate (the 201 answer).

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
            "/api/v1.0/companies/{company_id}/customers/{customer_id}/contracts/{contract_id}/laborRates/",
            company_id=company_id,
            customer_id=customer_id,
            contract_id=contract_id,
        ),
        _parse,
        options,
        json=body,
    )


def _parse(response: httpx.Response) -> CustomerContractLaborRate:
    if response.status_code == 201:
        response_201 = CustomerContractLaborRate.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
