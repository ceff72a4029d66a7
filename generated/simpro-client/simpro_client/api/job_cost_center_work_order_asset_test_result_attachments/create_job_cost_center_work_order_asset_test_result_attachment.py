from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.contractor_licence_attachment import ContractorLicenceAttachment
from ...models.contractor_licence_attachment_create import ContractorLicenceAttachmentCreate


def request(
    *,
    company_id: int,
    job_id: int,
    section_id: int,
    cost_center_id: int,
    work_order_id: int,
    asset_id: int,
    body: ContractorLicenceAttachmentCreate,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[ContractorLicenceAttachment]:
    """Create a new job cost center work order asset test result attachment.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        job_id: A valid job id
        section_id: A valid section id
        cost_center_id: A valid cost center id
        work_order_id: A valid work order id
        asset_id: A valid asset id
        body: Job Cost Center Work Order Asset Test Result Attachment object

    Returns:
        ContractorLicenceAttachment (the 201 answer).

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
            "/api/v1.0/companies/{company_id}/jobs/{job_id}/sections/{section_id}/costCenters/{cost_center_id}/workOrders/{work_order_id}/assets/{asset_id}/testResults/attachments/files/",
            company_id=company_id,
            job_id=job_id,
            section_id=section_id,
            cost_center_id=cost_center_id,
            work_order_id=work_order_id,
            asset_id=asset_id,
        ),
        _parse,
        options,
        json=body,
    )


def _parse(response: httpx.Response) -> ContractorLicenceAttachment:
    if response.status_code == 201:
        response_201 = ContractorLicenceAttachment.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
