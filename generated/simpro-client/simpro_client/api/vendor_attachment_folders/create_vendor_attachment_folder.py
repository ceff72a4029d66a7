from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.asset_attachment_folder import AssetAttachmentFolder
from ...models.vendor_attachment_folder_create import VendorAttachmentFolderCreate


def request(
    *,
    company_id: int,
    vendor_id: int,
    body: VendorAttachmentFolderCreate,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[AssetAttachmentFolder]:
    """Create a new vendor attachment folder.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        vendor_id: A valid vendor id
        body: Vendor attachment folder object

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
            "/api/v1.0/companies/{company_id}/vendors/{vendor_id}/attachments/folders/",
            company_id=company_id,
            vendor_id=vendor_id,
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
