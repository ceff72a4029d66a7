from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.site_attachment_folder_update import SiteAttachmentFolderUpdate


def request(
    *,
    company_id: int,
    site_id: int,
    folder_id: int,
    body: SiteAttachmentFolderUpdate,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[None]:
    """Update a site attachment folder.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        site_id: A valid site id
        folder_id: A valid folder id
        body: Site attachment folder object

    Returns:
        None (the 204 answer).

    Raises:
        errors.UnprocessableEntityError: 422 - body contains invalid data.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "PATCH",
        _rt.path(
            "/api/v1.0/companies/{company_id}/sites/{site_id}/attachments/folders/{folder_id}",
            company_id=company_id,
            site_id=site_id,
            folder_id=folder_id,
        ),
        _parse,
        options,
        json=body,
    )


def _parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)
