from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.job_cost_center_prebuild_item import JobCostCenterPrebuildItem
from ...types import UNSET, Unset


def request(
    *,
    company_id: int,
    job_id: int,
    section_id: int,
    cost_center_id: int,
    prebuild_id: int,
    columns: list[str] | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[JobCostCenterPrebuildItem]:
    """Retrieve details for a specific job cost center prebuild item.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        job_id: A valid job id
        section_id: A valid section id
        cost_center_id: A valid cost center id
        prebuild_id: A valid prebuild id
        columns: When listing or searching a resource, specify which columns to be displayed

    Returns:
        JobCostCenterPrebuildItem (the 200 answer).

    Raises:
        errors.NotFoundError: 404 - Job cost center prebuild item not found.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "GET",
        _rt.path(
            "/api/v1.0/companies/{company_id}/jobs/{job_id}/sections/{section_id}/costCenters/{cost_center_id}/prebuilds/{prebuild_id}",
            company_id=company_id,
            job_id=job_id,
            section_id=section_id,
            cost_center_id=cost_center_id,
            prebuild_id=prebuild_id,
        ),
        _parse,
        options,
        params={
            "columns": columns,
        },
        comma_separated=("columns",),
    )


def _parse(response: httpx.Response) -> JobCostCenterPrebuildItem:
    if response.status_code == 200:
        response_200 = JobCostCenterPrebuildItem.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
