from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.multiple_vendor_order_item_allocation_create import MultipleVendorOrderItemAllocationCreate


def request(
    *,
    company_id: int,
    vendor_order_id: int,
    vendor_order_item_id: int,
    body: list[MultipleVendorOrderItemAllocationCreate],
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[None]:
    """Update multiple vendor order item allocations.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        vendor_order_id: A valid vendor order id
        vendor_order_item_id: A valid vendor order item id
        body: Array of vendor order item allocations

    Returns:
        None (the 200 answer).

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
            "/api/v1.0/companies/{company_id}/vendorOrders/{vendor_order_id}/catalogs/{vendor_order_item_id}/allocations/",
            company_id=company_id,
            vendor_order_id=vendor_order_id,
            vendor_order_item_id=vendor_order_item_id,
        ),
        _parse,
        options,
        json=body,
    )


def _parse(response: httpx.Response) -> None:
    if response.status_code == 200:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)
