from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.recurring_job_cost_center_one_off import RecurringJobCostCenterOneOff
from ...types import UNSET, Unset


def request(
    *,
    company_id: int,
    recurring_job_id: int,
    section_id: int,
    cost_center_id: int,
    one_off_id: int,
    columns: list[str] | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[RecurringJobCostCenterOneOff]:
    """Retrieve details for a specific recurring job cost center one-off.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        recurring_job_id: A valid recurring job id
        section_id: A valid section id
        cost_center_id: A valid cost center id
        one_off_id: A valid one off id
        columns: When listing or searching a resource, specify which columns to be displayed

    Returns:
        RecurringJobCostCenterOneOff (the 200 answer).

    Raises:
        errors.NotFoundError: 404 - Recurring Job Cost Center One-Off not found.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "GET",
        _rt.path(
            "/api/v1.0/companies/{company_id}/recurringJobs/{recurring_job_id}/sections/{section_id}/costCenters/{cost_center_id}/oneOffs/{one_off_id}",
            company_id=company_id,
            recurring_job_id=recurring_job_id,
            section_id=section_id,
            cost_center_id=cost_center_id,
            one_off_id=one_off_id,
        ),
        _parse,
        options,
        params={
            "columns": columns,
        },
        comma_separated=("columns",),
    )


def _parse(response: httpx.Response) -> RecurringJobCostCenterOneOff:
    if response.status_code == 200:
        response_200 = RecurringJobCostCenterOneOff.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
