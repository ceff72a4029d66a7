from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.asset_test_history_list_item import AssetTestHistoryListItem
from ...types import UNSET, Unset


def request(
    *,
    company_id: int,
    site_id: int,
    asset_id: int,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[list[AssetTestHistoryListItem]]:
    """List all asset test histories.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        site_id: A valid site id
        asset_id: A valid asset id
        page_size: The maximum number of results to be returned by a request.
        page: Set the page number on paginated request
        limit: Set the limit of number of records in a request

    Returns:
        list[AssetTestHistoryListItem] (the 200 answer).

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
            "/api/v1.0/companies/{company_id}/sites/{site_id}/assets/{asset_id}/testHistory/",
            company_id=company_id,
            site_id=site_id,
            asset_id=asset_id,
        ),
        _parse,
        options,
        params={
            "pageSize": page_size,
            "page": page,
            "limit": limit,
        },
    )


def _parse(response: httpx.Response) -> list[AssetTestHistoryListItem]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AssetTestHistoryListItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
