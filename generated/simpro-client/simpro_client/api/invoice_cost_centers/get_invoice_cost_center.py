from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invoice_cost_center import InvoiceCostCenter
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    company_id: int,
    invoice_id: int,
    cost_center_id: int,
    *,
    columns: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_columns: list[str] | Unset = UNSET
    if not isinstance(columns, Unset):
        json_columns = columns

    params["columns"] = json_columns

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    if isinstance(params.get("columns"), list):
        params["columns"] = ",".join(str(value) for value in params["columns"])

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1.0/companies/{company_id}/invoices/{invoice_id}/costCenters/{cost_center_id}".format(
            company_id=quote(str(company_id), safe=""),
            invoice_id=quote(str(invoice_id), safe=""),
            cost_center_id=quote(str(cost_center_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InvoiceCostCenter | None:
    if response.status_code == 200:
        response_200 = InvoiceCostCenter.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InvoiceCostCenter]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: int,
    invoice_id: int,
    cost_center_id: int,
    *,
    client: AuthenticatedClient,
    columns: list[str] | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[InvoiceCostCenter]:
    """Retrieve details for a specific invoice cost center.

    Args:
        company_id (int):
        invoice_id (int):
        cost_center_id (int):
        columns (list[str] | Unset):

    Raises:
        errors.APIStatusError: On any status outside 2xx (a subclass per status: errors.NotFoundError, ...).
        errors.APIConnectionError: When no response arrives (errors.APITimeoutError after the timeout).
        errors.UnexpectedStatus: On an undocumented 2xx status, if Client.raise_on_unexpected_status is True.

    Per-call options (keyword-only; None keeps the client's setting):
        timeout, extra_headers, extra_query, max_retries (see Client.request).

    Returns:
        Response[InvoiceCostCenter]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        invoice_id=invoice_id,
        cost_center_id=cost_center_id,
        columns=columns,
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
    invoice_id: int,
    cost_center_id: int,
    *,
    client: AuthenticatedClient,
    columns: list[str] | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
    max_retries: int | None = None,
) -> InvoiceCostCenter | None:
    """Retrieve details for a specific invoice cost center.

    Args:
        company_id (int):
        invoice_id (int):
        cost_center_id (int):
        columns (list[str] | Unset):

    Raises:
        errors.APIStatusError: On any status outside 2xx (a subclass per status: errors.NotFoundError, ...).
        errors.APIConnectionError: When no response arrives (errors.APITimeoutError after the timeout).
        errors.UnexpectedStatus: On an undocumented 2xx status, if Client.raise_on_unexpected_status is True.

    Per-call options (keyword-only; None keeps the client's setting):
        timeout, extra_headers, extra_query, max_retries (see Client.request).

    Returns:
        InvoiceCostCenter
    """

    return sync_detailed(
        company_id=company_id,
        invoice_id=invoice_id,
        cost_center_id=cost_center_id,
        client=client,
        columns=columns,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        max_retries=max_retries,
    ).parsed


async def asyncio_detailed(
    company_id: int,
    invoice_id: int,
    cost_center_id: int,
    *,
    client: AuthenticatedClient,
    columns: list[str] | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[InvoiceCostCenter]:
    """Retrieve details for a specific invoice cost center.

    Args:
        company_id (int):
        invoice_id (int):
        cost_center_id (int):
        columns (list[str] | Unset):

    Raises:
        errors.APIStatusError: On any status outside 2xx (a subclass per status: errors.NotFoundError, ...).
        errors.APIConnectionError: When no response arrives (errors.APITimeoutError after the timeout).
        errors.UnexpectedStatus: On an undocumented 2xx status, if Client.raise_on_unexpected_status is True.

    Per-call options (keyword-only; None keeps the client's setting):
        timeout, extra_headers, extra_query, max_retries (see Client.request).

    Returns:
        Response[InvoiceCostCenter]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        invoice_id=invoice_id,
        cost_center_id=cost_center_id,
        columns=columns,
    )

    response = await client.arequest(
        timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, max_retries=max_retries, **kwargs
    )

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: int,
    invoice_id: int,
    cost_center_id: int,
    *,
    client: AuthenticatedClient,
    columns: list[str] | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
    max_retries: int | None = None,
) -> InvoiceCostCenter | None:
    """Retrieve details for a specific invoice cost center.

    Args:
        company_id (int):
        invoice_id (int):
        cost_center_id (int):
        columns (list[str] | Unset):

    Raises:
        errors.APIStatusError: On any status outside 2xx (a subclass per status: errors.NotFoundError, ...).
        errors.APIConnectionError: When no response arrives (errors.APITimeoutError after the timeout).
        errors.UnexpectedStatus: On an undocumented 2xx status, if Client.raise_on_unexpected_status is True.

    Per-call options (keyword-only; None keeps the client's setting):
        timeout, extra_headers, extra_query, max_retries (see Client.request).

    Returns:
        InvoiceCostCenter
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            invoice_id=invoice_id,
            cost_center_id=cost_center_id,
            client=client,
            columns=columns,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            max_retries=max_retries,
        )
    ).parsed
