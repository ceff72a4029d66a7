from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.payable_contact import PayableContact
from ...types import UNSET, Unset


def request(
    *,
    company_id: int,
    contact_id: int,
    columns: list[str] | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[PayableContact]:
    """Retrieve details for a specific payable contact.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        contact_id: A valid contact id
        columns: When listing or searching a resource, specify which columns to be displayed

    Returns:
        PayableContact (the 200 answer).

    Raises:
        errors.NotFoundError: 404 - Payable Contact not found.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "GET",
        _rt.path(
            "/api/v1.0/companies/{company_id}/accounts/payable/contacts/{contact_id}",
            company_id=company_id,
            contact_id=contact_id,
        ),
        _parse,
        options,
        params={
            "columns": columns,
        },
        comma_separated=("columns",),
    )


def _parse(response: httpx.Response) -> PayableContact:
    if response.status_code == 200:
        response_200 = PayableContact.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
