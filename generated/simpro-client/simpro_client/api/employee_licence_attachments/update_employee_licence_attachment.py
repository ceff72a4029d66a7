from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.contractor_licence_attachment_update import ContractorLicenceAttachmentUpdate


def request(
    *,
    company_id: int,
    employee_id: int,
    licence_id: int,
    file_id: int,
    body: ContractorLicenceAttachmentUpdate,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[None]:
    """Update a employee licence attachment.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        employee_id: A valid employee id
        licence_id: A valid licence id
        file_id: A valid file id
        body: Employee Licence Attachment object

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
            "/api/v1.0/companies/{company_id}/employees/{employee_id}/licences/{licence_id}/attachments/files/{file_id}",
            company_id=company_id,
            employee_id=employee_id,
            licence_id=licence_id,
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
