from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors


def request(
    *,
    company_id: int,
    quote_id: int,
    folder_id: int,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[None]:
    """Delete a quote attachment folder.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        quote_id: A valid quote id
        folder_id: A valid folder id

    Returns:
        None (the 204 answer).

    Raises:
        errors.NotFoundError: 404 - Quote attachment folder does not exist.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "DELETE",
        _rt.path(
            "/api/v1.0/companies/{company_id}/quotes/{quote_id}/attachments/folders/{folder_id}",
            company_id=company_id,
            quote_id=quote_id,
            folder_id=folder_id,
        ),
        _parse,
        options,
    )


def _parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)
