from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_cost_center_one_off_item_create import JobCostCenterOneOffItemCreate
from ...models.job_cost_center_one_off_item_list_item import JobCostCenterOneOffItemListItem
from ...types import Response, http_status


def _get_kwargs(
    company_id: int,
    job_id: int,
    section_id: int,
    cost_center_id: int,
    *,
    body: list[JobCostCenterOneOffItemCreate],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1.0/companies/{company_id}/jobs/{job_id}/sections/{section_id}/costCenters/{cost_center_id}/oneOffs/".format(
            company_id=quote(str(company_id), safe=""),
            job_id=quote(str(job_id), safe=""),
            section_id=quote(str(section_id), safe=""),
            cost_center_id=quote(str(cost_center_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[JobCostCenterOneOffItemListItem] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = JobCostCenterOneOffItemListItem.from_dict(response_201_item_data)

            response_201.append(response_201_item)

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[JobCostCenterOneOffItemListItem]]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: int,
    job_id: int,
    section_id: int,
    cost_center_id: int,
    *,
    client: AuthenticatedClient,
    body: list[JobCostCenterOneOffItemCreate],
    timeout: httpx.Timeout | float | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[list[JobCostCenterOneOffItemListItem]]:
    """Replace job cost center one-off items.

    Args:
        company_id (int):
        job_id (int):
        section_id (int):
        cost_center_id (int):
        body (list[JobCostCenterOneOffItemCreate]):

    Raises:
        errors.APIStatusError: On any status outside 2xx (a subclass per status: errors.NotFoundError, ...).
        errors.APIConnectionError: When no response arrives (errors.APITimeoutError after the timeout).
        errors.UnexpectedStatus: On an undocumented 2xx status, if Client.raise_on_unexpected_status is True.

    Per-call options (keyword-only; None keeps the client's setting):
        timeout, extra_headers, extra_query, max_retries (see Client.request).

    Returns:
        Response[list[JobCostCenterOneOffItemListItem]]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        job_id=job_id,
        section_id=section_id,
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


def sync(
    company_id: int,
    job_id: int,
    section_id: int,
    cost_center_id: int,
    *,
    client: AuthenticatedClient,
    body: list[JobCostCenterOneOffItemCreate],
    timeout: httpx.Timeout | float | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
    max_retries: int | None = None,
) -> list[JobCostCenterOneOffItemListItem] | None:
    """Replace job cost center one-off items.

    Args:
        company_id (int):
        job_id (int):
        section_id (int):
        cost_center_id (int):
        body (list[JobCostCenterOneOffItemCreate]):

    Raises:
        errors.APIStatusError: On any status outside 2xx (a subclass per status: errors.NotFoundError, ...).
        errors.APIConnectionError: When no response arrives (errors.APITimeoutError after the timeout).
        errors.UnexpectedStatus: On an undocumented 2xx status, if Client.raise_on_unexpected_status is True.

    Per-call options (keyword-only; None keeps the client's setting):
        timeout, extra_headers, extra_query, max_retries (see Client.request).

    Returns:
        list[JobCostCenterOneOffItemListItem]
    """

    return sync_detailed(
        company_id=company_id,
        job_id=job_id,
        section_id=section_id,
        cost_center_id=cost_center_id,
        client=client,
        body=body,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        max_retries=max_retries,
    ).parsed


async def asyncio_detailed(
    company_id: int,
    job_id: int,
    section_id: int,
    cost_center_id: int,
    *,
    client: AuthenticatedClient,
    body: list[JobCostCenterOneOffItemCreate],
    timeout: httpx.Timeout | float | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[list[JobCostCenterOneOffItemListItem]]:
    """Replace job cost center one-off items.

    Args:
        company_id (int):
        job_id (int):
        section_id (int):
        cost_center_id (int):
        body (list[JobCostCenterOneOffItemCreate]):

    Raises:
        errors.APIStatusError: On any status outside 2xx (a subclass per status: errors.NotFoundError, ...).
        errors.APIConnectionError: When no response arrives (errors.APITimeoutError after the timeout).
        errors.UnexpectedStatus: On an undocumented 2xx status, if Client.raise_on_unexpected_status is True.

    Per-call options (keyword-only; None keeps the client's setting):
        timeout, extra_headers, extra_query, max_retries (see Client.request).

    Returns:
        Response[list[JobCostCenterOneOffItemListItem]]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        job_id=job_id,
        section_id=section_id,
        cost_center_id=cost_center_id,
        body=body,
    )

    response = await client.arequest(
        timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, max_retries=max_retries, **kwargs
    )

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: int,
    job_id: int,
    section_id: int,
    cost_center_id: int,
    *,
    client: AuthenticatedClient,
    body: list[JobCostCenterOneOffItemCreate],
    timeout: httpx.Timeout | float | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
    max_retries: int | None = None,
) -> list[JobCostCenterOneOffItemListItem] | None:
    """Replace job cost center one-off items.

    Args:
        company_id (int):
        job_id (int):
        section_id (int):
        cost_center_id (int):
        body (list[JobCostCenterOneOffItemCreate]):

    Raises:
        errors.APIStatusError: On any status outside 2xx (a subclass per status: errors.NotFoundError, ...).
        errors.APIConnectionError: When no response arrives (errors.APITimeoutError after the timeout).
        errors.UnexpectedStatus: On an undocumented 2xx status, if Client.raise_on_unexpected_status is True.

    Per-call options (keyword-only; None keeps the client's setting):
        timeout, extra_headers, extra_query, max_retries (see Client.request).

    Returns:
        list[JobCostCenterOneOffItemListItem]
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            job_id=job_id,
            section_id=section_id,
            cost_center_id=cost_center_id,
            client=client,
            body=body,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            max_retries=max_retries,
        )
    ).parsed
