from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.take_off_template_prebuild_update import TakeOffTemplatePrebuildUpdate


def request(
    *,
    company_id: int,
    take_off_template_id: int,
    prebuilds_id: int,
    body: TakeOffTemplatePrebuildUpdate,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[None]:
    """Update a take off template prebuild.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        take_off_template_id: A valid take off template id
        prebuilds_id: A valid prebuilds id
        body: Take Off Template Prebuild object

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
            "/api/v1.0/companies/{company_id}/takeOffTemplates/{take_off_template_id}/prebuilds/{prebuilds_id}",
            company_id=company_id,
            take_off_template_id=take_off_template_id,
            prebuilds_id=prebuilds_id,
        ),
        _parse,
        options,
        json=body,
    )


def _parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)
