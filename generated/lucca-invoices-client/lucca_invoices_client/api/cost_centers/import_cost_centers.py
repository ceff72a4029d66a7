from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.import_cost_centers_request import ImportCostCentersRequest
from ...models.import_cost_centers_response import ImportCostCentersResponse
from ...types import UNSET, Unset


def request(
    *,
    body: ImportCostCentersRequest | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[ImportCostCentersResponse]:
    """Import Cost-Centers

    Import a list of cost-centers. Endpoint to use for bulk import of cost-centers.

    Args:
        body: (ImportCostCentersRequest)

    Returns:
        ImportCostCentersResponse (the 200 answer).

    Raises:
        errors.APIStatusError: any status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "POST",
        "/cleemy-procurement/services/imports/costcenters",
        _parse,
        options,
        json=body,
    )


def _parse(response: httpx.Response) -> ImportCostCentersResponse:
    if response.status_code == 200:
        response_200 = ImportCostCentersResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
