from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.contractor_job import ContractorJob
from ...types import UNSET, Unset


def request(
    *,
    company_id: int,
    contractor_job_id: int,
    columns: list[str] | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[ContractorJob]:
    """Retrieve details for a specific contractor job.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        contractor_job_id: A valid contractor job id
        columns: When listing or searching a resource, specify which columns to be displayed

    Returns:
        ContractorJob (the 200 answer).

    Raises:
        errors.NotFoundError: 404 - Contractor Job not found.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "GET",
        _rt.path(
            "/api/v1.0/companies/{company_id}/contractorJobs/{contractor_job_id}",
            company_id=company_id,
            contractor_job_id=contractor_job_id,
        ),
        _parse,
        options,
        params={
            "columns": columns,
        },
        comma_separated=("columns",),
    )


def _parse(response: httpx.Response) -> ContractorJob:
    if response.status_code == 200:
        response_200 = ContractorJob.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
