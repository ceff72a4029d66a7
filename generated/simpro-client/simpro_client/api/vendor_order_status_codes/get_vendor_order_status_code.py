from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.customer_invoice_status_code import CustomerInvoiceStatusCode
from ...types import UNSET, Unset


def request(
    *,
    company_id: int,
    status_code_id: int,
    columns: list[str] | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[CustomerInvoiceStatusCode]:
    """Retrieve details for a specific vendor order status code.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        status_code_id: A valid status code id
        columns: When listing or searching a resource, specify which columns to be displayed

    Returns:
        CustomerInvoiceStatusCode (the 200 answer).

    Raises:
        errors.NotFoundError: 404 - Vendor order status code not found.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "GET",
        _rt.path(
            "/api/v1.0/companies/{company_id}/setup/statusCodes/vendorOrders/{status_code_id}",
            company_id=company_id,
            status_code_id=status_code_id,
        ),
        _parse,
        options,
        params={
            "columns": columns,
        },
        comma_separated=("columns",),
    )


def _parse(response: httpx.Response) -> CustomerInvoiceStatusCode:
    if response.status_code == 200:
        response_200 = CustomerInvoiceStatusCode.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
