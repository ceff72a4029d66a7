from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.asset_type_attachment_update import AssetTypeAttachmentUpdate


def request(
    *,
    company_id: int,
    asset_type_id: int,
    file_id: int,
    body: AssetTypeAttachmentUpdate,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[None]:
    """Update a asset type attachment.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        asset_type_id: A valid asset type id
        file_id: A valid file id
        body: Asset type attachment object

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
            "/api/v1.0/companies/{company_id}/setup/assetTypes/{asset_type_id}/attachments/files/{file_id}",
            company_id=company_id,
            asset_type_id=asset_type_id,
            file_id=file_id,
        ),
        _parse,
        options,
        json=body,
    )


def _parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)
