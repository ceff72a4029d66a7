from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.vendor_receipt_credit import VendorReceiptCredit
from ...types import UNSET, Unset


def request(
    *,
    company_id: int,
    vendor_order_id: int,
    vendor_receipt_id: int,
    vendor_credit_id: int,
    columns: list[str] | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[VendorReceiptCredit]:
    """Retrieve details for a specific vendor receipt credit.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        vendor_order_id: A valid vendor order id
        vendor_receipt_id: A valid vendor receipt id
        vendor_credit_id: A valid vendor credit id
        columns: When listing or searching a resource, specify which columns to be displayed

    Returns:
        VendorReceiptCredit (the 200 answer).

    Raises:
        errors.NotFoundError: 404 - Vendor receipt credit not found.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "GET",
        _rt.path(
            "/api/v1.0/companies/{company_id}/vendorOrders/{vendor_order_id}/receipts/{vendor_receipt_id}/credits/{vendor_credit_id}",
            company_id=company_id,
            vendor_order_id=vendor_order_id,
            vendor_receipt_id=vendor_receipt_id,
            vendor_credit_id=vendor_credit_id,
        ),
        _parse,
        options,
        params={
            "columns": columns,
        },
        comma_separated=("columns",),
    )


def _parse(response: httpx.Response) -> VendorReceiptCredit:
    if response.status_code == 200:
        response_200 = VendorReceiptCredit.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
