from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.quote_section_create import QuoteSectionCreate


def request(
    *,
    company_id: int,
    quote_id: int,
    section_id: int,
    body: QuoteSectionCreate,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[None]:
    """Update a quote section.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        quote_id: A valid quote id
        section_id: A valid section id
        body: Quote section object

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
            "/api/v1.0/companies/{company_id}/quotes/{quote_id}/sections/{section_id}",
            company_id=company_id,
            quote_id=quote_id,
            section_id=section_id,
        ),
        _parse,
        options,
        json=body,
    )


def _parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)
