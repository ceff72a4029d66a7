from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.search import Search
from ...models.vendor_order_item_allocation_list_item import VendorOrderItemAllocationListItem
from ...types import UNSET, Unset


def request(
    *,
    company_id: int,
    vendor_order_id: int,
    vendor_order_item_id: int,
    search: Search | Unset = UNSET,
    columns: list[str] | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[list[VendorOrderItemAllocationListItem]]:
    """List all vendor order item allocations.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        vendor_order_id: A valid vendor order id
        vendor_order_item_id: A valid vendor order item id
        search: Search result must have a match on all provided fields or a match on any of the provided
            fields.
        columns: When listing or searching a resource, specify which columns to be displayed

    Returns:
        list[VendorOrderItemAllocationListItem] (the 200 answer).

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
            "/api/v1.0/companies/{company_id}/vendorOrders/{vendor_order_id}/catalogs/{vendor_order_item_id}/allocations/",
            company_id=company_id,
            vendor_order_id=vendor_order_id,
            vendor_order_item_id=vendor_order_item_id,
        ),
        _parse,
        options,
        params={
            "search": search,
            "columns": columns,
        },
        comma_separated=("columns",),
    )


def _parse(response: httpx.Response) -> list[VendorOrderItemAllocationListItem]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = VendorOrderItemAllocationListItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
