from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.purchase_request import PurchaseRequest
from ...models.purchase_response import PurchaseResponse
from ...types import UNSET, Unset


def request(
    *,
    body: PurchaseRequest | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[PurchaseResponse]:
    """Create a Purchase

    Args:
        body: The purchase to create.

    Returns:
        PurchaseResponse (the 201 answer).

    Raises:
        errors.APIStatusError: any status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "POST",
        "/cleemy-procurement/api/purchases",
        _parse,
        options,
        json=body,
    )


def _parse(response: httpx.Response) -> PurchaseResponse:
    if response.status_code == 201:
        response_201 = PurchaseResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
