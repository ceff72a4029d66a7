from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.catalog_custom_field_update import CatalogCustomFieldUpdate


def request(
    *,
    company_id: int,
    vendor_id: int,
    contact_id: int,
    custom_field_id: int,
    body: CatalogCustomFieldUpdate,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[None]:
    """Update a vendor contact custom field.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        vendor_id: A valid vendor id
        contact_id: A valid contact id
        custom_field_id: A valid custom field id
        body: Vendor contact custom field object

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
            "/api/v1.0/companies/{company_id}/vendors/{vendor_id}/contacts/{contact_id}/customFields/{custom_field_id}",
            company_id=company_id,
            vendor_id=vendor_id,
            contact_id=contact_id,
            custom_field_id=custom_field_id,
        ),
        _parse,
        options,
        json=body,
    )


def _parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)
