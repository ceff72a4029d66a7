from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors


def request(
    *,
    company_id: int,
    job_id: int,
    section_id: int,
    cost_center_id: int,
    work_order_id: int,
    file_id: int,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[None]:
    """Delete a work order attachment.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        job_id: A valid job id
        section_id: A valid section id
        cost_center_id: A valid cost center id
        work_order_id: A valid work order id
        file_id: A valid file id

    Returns:
        None (the 204 answer).

    Raises:
        errors.NotFoundError: 404 - Work order attachment does not exist.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "DELETE",
        _rt.path(
            "/api/v1.0/companies/{company_id}/jobs/{job_id}/sections/{section_id}/costCenters/{cost_center_id}/workOrders/{work_order_id}/attachments/files/{file_id}",
            company_id=company_id,
            job_id=job_id,
            section_id=section_id,
            cost_center_id=cost_center_id,
            work_order_id=work_order_id,
            file_id=file_id,
        ),
        _parse,
        options,
    )


def _parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)
