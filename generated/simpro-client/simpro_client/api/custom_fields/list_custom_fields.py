from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.catalog_custom_field_list_item import CatalogCustomFieldListItem
from ...models.search import Search
from ...types import UNSET, Unset


def request(
    *,
    company_id: int,
    contact_id: int,
    search: Search | Unset = UNSET,
    columns: list[str] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    orderby: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[list[CatalogCustomFieldListItem]]:
    """List all custom fields.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        contact_id: A valid contact id
        search: Search result must have a match on all provided fields or a match on any of the provided
            fields.
        columns: When listing or searching a resource, specify which columns to be displayed
        page_size: The maximum number of results to be returned by a request.
        page: Set the page number on paginated request
        orderby: Set the order of the requested records, by prefixing '-' on the column name you can get
            records by descending order. Comma separated list can also be provided.
        limit: Set the limit of number of records in a request

    Returns:
        list[CatalogCustomFieldListItem] (the 200 answer).

    Raises:
        errors.APIStatusError: any status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "GET",
        _rt.path(
            "/api/v1.0/companies/{company_id}/contacts/{contact_id}/customFields/",
            company_id=company_id,
            contact_id=contact_id,
        ),
        _parse,
        options,
        params={
            "search": search,
            "columns": columns,
            "pageSize": page_size,
            "page": page,
            "orderby": orderby,
            "limit": limit,
        },
        comma_separated=("columns", "orderby"),
    )


def _parse(response: httpx.Response) -> list[CatalogCustomFieldListItem]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CatalogCustomFieldListItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
