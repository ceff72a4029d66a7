from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.asset_attachment_folder import AssetAttachmentFolder
from ...models.recurring_job_attachment_folder_create import RecurringJobAttachmentFolderCreate


def request(
    *,
    company_id: int,
    recurring_job_id: int,
    body: RecurringJobAttachmentFolderCreate,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[AssetAttachmentFolder]:
    """Create a new recurring job attachment folder.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        recurring_job_id: A valid recurring job id
        body: Recurring job attachment folder object

    Returns:
        AssetAttachmentFolder (the 201 answer).

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
            "/api/v1.0/companies/{company_id}/recurringJobs/{recurring_job_id}/attachments/folders/",
            company_id=company_id,
            recurring_job_id=recurring_job_id,
        ),
        _parse,
        options,
        json=body,
    )


def _parse(response: httpx.Response) -> AssetAttachmentFolder:
    if response.status_code == 201:
        response_201 = AssetAttachmentFolder.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
