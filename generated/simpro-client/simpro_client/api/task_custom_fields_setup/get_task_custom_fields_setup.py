from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.catalog_item_custom_fields_setup import CatalogItemCustomFieldsSetup
from ...types import UNSET, Unset


def request(
    *,
    company_id: int,
    custom_field_id: int,
    columns: list[str] | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[CatalogItemCustomFieldsSetup]:
    """Retrieve details for a specific task custom field (setup).

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        custom_field_id: A valid custom field id
        columns: When listing or searching a resource, specify which columns to be displayed

    Returns:
        CatalogItemCustomFieldsSetup (the 200 answer).

    Raises:
        errors.NotFoundError: 404 - Task custom field (setup) not found.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "GET",
        _rt.path(
            "/api/v1.0/companies/{company_id}/setup/customFields/tasks/{custom_field_id}",
            company_id=company_id,
            custom_field_id=custom_field_id,
        ),
        _parse,
        options,
        params={
            "columns": columns,
        },
        comma_separated=("columns",),
    )


def _parse(response: httpx.Response) -> CatalogItemCustomFieldsSetup:
    if response.status_code == 200:
        response_200 = CatalogItemCustomFieldsSetup.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
