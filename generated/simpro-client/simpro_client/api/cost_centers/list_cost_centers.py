from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._pagination import aiterate_pages, iterate_pages
from ...client import AuthenticatedClient, Client
from ...models.company_list_item import CompanyListItem
from ...models.search import Search
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    company_id: int,
    *,
    search: Search | Unset = UNSET,
    columns: list[str] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    orderby: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_search: str | Unset = UNSET
    if not isinstance(search, Unset):
        json_search = search.value

    params["search"] = json_search

    json_columns: list[str] | Unset = UNSET
    if not isinstance(columns, Unset):
        json_columns = columns

    params["columns"] = json_columns

    params["pageSize"] = page_size

    params["page"] = page

    json_orderby: list[str] | Unset = UNSET
    if not isinstance(orderby, Unset):
        json_orderby = orderby

    params["orderby"] = json_orderby

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    if isinstance(params.get("columns"), list):
        params["columns"] = ",".join(str(value) for value in params["columns"])
    if isinstance(params.get("orderby"), list):
        params["orderby"] = ",".join(str(value) for value in params["orderby"])

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1.0/companies/{company_id}/setup/accounts/costCenters/".format(
            company_id=quote(str(company_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[CompanyListItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CompanyListItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[CompanyListItem]]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: int,
    *,
    client: AuthenticatedClient,
    search: Search | Unset = UNSET,
    columns: list[str] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    orderby: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[list[CompanyListItem]]:
    """List all cost centers.

    Args:
        company_id (int):
        search (Search | Unset):
        columns (list[str] | Unset):
        page_size (int | Unset):
        page (int | Unset):
        orderby (list[str] | Unset):
        limit (int | Unset):

    Raises:
        errors.APIStatusError: On any status outside 2xx (a subclass per status: errors.NotFoundError, ...).
        errors.APIConnectionError: When no response arrives (errors.APITimeoutError after the timeout).
        errors.UnexpectedStatus: On an undocumented 2xx status, if Client.raise_on_unexpected_status is True.

    Per-call options (keyword-only; None keeps the client's setting):
        timeout, extra_headers, extra_query, max_retries (see Client.request).

    Returns:
        Response[list[CompanyListItem]]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        search=search,
        columns=columns,
        page_size=page_size,
        page=page,
        orderby=orderby,
        limit=limit,
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
    *,
    client: AuthenticatedClient,
    search: Search | Unset = UNSET,
    columns: list[str] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    orderby: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
    max_retries: int | None = None,
) -> list[CompanyListItem] | None:
    """List all cost centers.

    Args:
        company_id (int):
        search (Search | Unset):
        columns (list[str] | Unset):
        page_size (int | Unset):
        page (int | Unset):
        orderby (list[str] | Unset):
        limit (int | Unset):

    Raises:
        errors.APIStatusError: On any status outside 2xx (a subclass per status: errors.NotFoundError, ...).
        errors.APIConnectionError: When no response arrives (errors.APITimeoutError after the timeout).
        errors.UnexpectedStatus: On an undocumented 2xx status, if Client.raise_on_unexpected_status is True.

    Per-call options (keyword-only; None keeps the client's setting):
        timeout, extra_headers, extra_query, max_retries (see Client.request).

    Returns:
        list[CompanyListItem]
    """

    return sync_detailed(
        company_id=company_id,
        client=client,
        search=search,
        columns=columns,
        page_size=page_size,
        page=page,
        orderby=orderby,
        limit=limit,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        max_retries=max_retries,
    ).parsed


async def asyncio_detailed(
    company_id: int,
    *,
    client: AuthenticatedClient,
    search: Search | Unset = UNSET,
    columns: list[str] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    orderby: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[list[CompanyListItem]]:
    """List all cost centers.

    Args:
        company_id (int):
        search (Search | Unset):
        columns (list[str] | Unset):
        page_size (int | Unset):
        page (int | Unset):
        orderby (list[str] | Unset):
        limit (int | Unset):

    Raises:
        errors.APIStatusError: On any status outside 2xx (a subclass per status: errors.NotFoundError, ...).
        errors.APIConnectionError: When no response arrives (errors.APITimeoutError after the timeout).
        errors.UnexpectedStatus: On an undocumented 2xx status, if Client.raise_on_unexpected_status is True.

    Per-call options (keyword-only; None keeps the client's setting):
        timeout, extra_headers, extra_query, max_retries (see Client.request).

    Returns:
        Response[list[CompanyListItem]]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        search=search,
        columns=columns,
        page_size=page_size,
        page=page,
        orderby=orderby,
        limit=limit,
    )

    response = await client.arequest(
        timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, max_retries=max_retries, **kwargs
    )

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: int,
    *,
    client: AuthenticatedClient,
    search: Search | Unset = UNSET,
    columns: list[str] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    orderby: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
    max_retries: int | None = None,
) -> list[CompanyListItem] | None:
    """List all cost centers.

    Args:
        company_id (int):
        search (Search | Unset):
        columns (list[str] | Unset):
        page_size (int | Unset):
        page (int | Unset):
        orderby (list[str] | Unset):
        limit (int | Unset):

    Raises:
        errors.APIStatusError: On any status outside 2xx (a subclass per status: errors.NotFoundError, ...).
        errors.APIConnectionError: When no response arrives (errors.APITimeoutError after the timeout).
        errors.UnexpectedStatus: On an undocumented 2xx status, if Client.raise_on_unexpected_status is True.

    Per-call options (keyword-only; None keeps the client's setting):
        timeout, extra_headers, extra_query, max_retries (see Client.request).

    Returns:
        list[CompanyListItem]
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            client=client,
            search=search,
            columns=columns,
            page_size=page_size,
            page=page,
            orderby=orderby,
            limit=limit,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            max_retries=max_retries,
        )
    ).parsed


def iterate(
    company_id: int,
    *,
    client: AuthenticatedClient,
    search: Search | Unset = UNSET,
    columns: list[str] | Unset = UNSET,
    orderby: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
    max_retries: int | None = None,
    page_size: int = 250,
) -> Iterator[CompanyListItem]:
    """Every item of every page, fetched one page at a time (`page_size` items per request).

    Follows the `Result-Pages` response header until the last page. The per-call
    options (timeout, extra_headers, extra_query, max_retries) apply to every page request.
    """
    return iterate_pages(
        lambda page: sync_detailed(
            company_id=company_id,
            client=client,
            search=search,
            columns=columns,
            orderby=orderby,
            limit=limit,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            max_retries=max_retries,
            page=page,
            page_size=page_size,
        )
    )


def aiterate(
    company_id: int,
    *,
    client: AuthenticatedClient,
    search: Search | Unset = UNSET,
    columns: list[str] | Unset = UNSET,
    orderby: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
    max_retries: int | None = None,
    page_size: int = 250,
) -> AsyncIterator[CompanyListItem]:
    """Every item of every page, asynchronously (see `iterate`)."""
    return aiterate_pages(
        lambda page: asyncio_detailed(
            company_id=company_id,
            client=client,
            search=search,
            columns=columns,
            orderby=orderby,
            limit=limit,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            max_retries=max_retries,
            page=page,
            page_size=page_size,
        )
    )
