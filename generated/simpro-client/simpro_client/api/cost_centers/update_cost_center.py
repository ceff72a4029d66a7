from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cost_center_update import CostCenterUpdate
from ...types import Response, http_status


def _get_kwargs(
    company_id: int,
    cost_center_id: int,
    *,
    body: CostCenterUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1.0/companies/{company_id}/setup/accounts/costCenters/{cost_center_id}".format(
            company_id=quote(str(company_id), safe=""),
            cost_center_id=quote(str(cost_center_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: int,
    cost_center_id: int,
    *,
    client: AuthenticatedClient,
    body: CostCenterUpdate,
    timeout: httpx.Timeout | float | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[Any]:
    """Update a cost center.

    Args:
        company_id (int):
        cost_center_id (int):
        body (CostCenterUpdate):

    Raises:
        errors.APIStatusError: On any status outside 2xx (a subclass per status: errors.NotFoundError, ...).
        errors.APIConnectionError: When no response arrives (errors.APITimeoutError after the timeout).
        errors.UnexpectedStatus: On an undocumented 2xx status, if Client.raise_on_unexpected_status is True.

    Per-call options (keyword-only; None keeps the client's setting):
        timeout, extra_headers, extra_query, max_retries (see Client.request).

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        cost_center_id=cost_center_id,
        body=body,
    )

    response = client.request(
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        max_retries=max_retries,
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    company_id: int,
    cost_center_id: int,
    *,
    client: AuthenticatedClient,
    body: CostCenterUpdate,
    timeout: httpx.Timeout | float | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[Any]:
    """Update a cost center.

    Args:
        company_id (int):
        cost_center_id (int):
        body (CostCenterUpdate):

    Raises:
        errors.APIStatusError: On any status outside 2xx (a subclass per status: errors.NotFoundError, ...).
        errors.APIConnectionError: When no response arrives (errors.APITimeoutError after the timeout).
        errors.UnexpectedStatus: On an undocumented 2xx status, if Client.raise_on_unexpected_status is True.

    Per-call options (keyword-only; None keeps the client's setting):
        timeout, extra_headers, extra_query, max_retries (see Client.request).

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        cost_center_id=cost_center_id,
        body=body,
    )

    response = await client.arequest(
        timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, max_retries=max_retries, **kwargs
    )

    return _build_response(client=client, response=response)
