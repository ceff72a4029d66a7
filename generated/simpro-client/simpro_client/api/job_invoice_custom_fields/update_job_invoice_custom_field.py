from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_invoice_custom_field_update import JobInvoiceCustomFieldUpdate
from ...types import Response, http_status


def _get_kwargs(
    company_id: int,
    job_id: int,
    invoice_id: int,
    custom_field_id: int,
    *,
    body: JobInvoiceCustomFieldUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1.0/companies/{company_id}/jobs/{job_id}/invoices/{invoice_id}/customFields/{custom_field_id}".format(
            company_id=quote(str(company_id), safe=""),
            job_id=quote(str(job_id), safe=""),
            invoice_id=quote(str(invoice_id), safe=""),
            custom_field_id=quote(str(custom_field_id), safe=""),
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
    job_id: int,
    invoice_id: int,
    custom_field_id: int,
    *,
    client: AuthenticatedClient,
    body: JobInvoiceCustomFieldUpdate,
    timeout: httpx.Timeout | float | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[Any]:
    """Update a job invoice custom field.

    Args:
        company_id (int):
        job_id (int):
        invoice_id (int):
        custom_field_id (int):
        body (JobInvoiceCustomFieldUpdate):

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
        job_id=job_id,
        invoice_id=invoice_id,
        custom_field_id=custom_field_id,
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
    job_id: int,
    invoice_id: int,
    custom_field_id: int,
    *,
    client: AuthenticatedClient,
    body: JobInvoiceCustomFieldUpdate,
    timeout: httpx.Timeout | float | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[Any]:
    """Update a job invoice custom field.

    Args:
        company_id (int):
        job_id (int):
        invoice_id (int):
        custom_field_id (int):
        body (JobInvoiceCustomFieldUpdate):

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
        job_id=job_id,
        invoice_id=invoice_id,
        custom_field_id=custom_field_id,
        body=body,
    )

    response = await client.arequest(
        timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, max_retries=max_retries, **kwargs
    )

    return _build_response(client=client, response=response)
