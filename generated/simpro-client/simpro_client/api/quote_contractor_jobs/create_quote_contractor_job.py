from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.job_contractor_job_create import JobContractorJobCreate
from ...models.quote_contractor_job import QuoteContractorJob


def request(
    *,
    company_id: int,
    quote_id: int,
    section_id: int,
    cost_center_id: int,
    body: JobContractorJobCreate,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[QuoteContractorJob]:
    """Create a new quote contractor job.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        quote_id: A valid quote id
        section_id: A valid section id
        cost_center_id: A valid cost center id
        body: Quote contractor job object

    Returns:
        QuoteContractorJob (the 201 answer).

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
            "/api/v1.0/companies/{company_id}/quotes/{quote_id}/sections/{section_id}/costCenters/{cost_center_id}/contractorJobs/",
            company_id=company_id,
            quote_id=quote_id,
            section_id=section_id,
            cost_center_id=cost_center_id,
        ),
        _parse,
        options,
        json=body,
    )


def _parse(response: httpx.Response) -> QuoteContractorJob:
    if response.status_code == 201:
        response_201 = QuoteContractorJob.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
