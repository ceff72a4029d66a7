"""Typed errors of the generated clients, against a real loopback server: every status from 400 to 599
(including 499, 520 and 522, which Python's HTTPStatus lacks) raises its class, with the response's
headers, body and request id, and never the key; dropped connections and stalls raise the package's own
connection and timeout errors."""

from __future__ import annotations

import asyncio
import http
from pathlib import Path

import httpx
import lucca_invoices_client
import pytest
import simpro_client
from simpro_client.api.cost_centers import delete_cost_center
from simpro_client.api.invoice_cost_centers import list_invoice_cost_centers

from tests.loopback import Reply, loopback_server
from tests.test_lucca_client import body

REPO = Path(__file__).resolve().parents[1]
KEY = "s3cr3t-Key-4f9a"
TOKEN = "simpro-T0ken-9e1d"
errors = simpro_client.errors
EXPECTED = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    403: errors.PermissionDeniedError,
    404: errors.NotFoundError,
    409: errors.ConflictError,
    422: errors.UnprocessableEntityError,
    429: errors.RateLimitError,
}


def expected_class(status: int) -> type[Exception]:
    return errors.InternalServerError if status >= 500 else EXPECTED.get(status, errors.APIStatusError)


def test_every_status_from_400_to_599_raises_its_typed_error() -> None:
    statuses = list(range(400, 600))
    assert {499, 520, 522} <= set(statuses) and not any(
        code in http.HTTPStatus._value2member_map_ for code in (499, 520)
    )
    replies = {
        status: Reply(status=status, body={"code": status}, headers={"X-Request-Id": f"req-{status}"})
        for status in statuses
    }
    with loopback_server(lambda request: replies[int(request.path.split("/")[-3])]) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url, max_retries=0)
        for status in statuses:
            with pytest.raises(errors.APIError) as raised:
                client.invoice_cost_centers.get(company_id=0, invoice_id=status, cost_center_id=1)
            error = raised.value
            assert type(error) is expected_class(status), status
            assert isinstance(error, errors.APIStatusError) and isinstance(error, errors.ApiError)
            assert error.status_code == status and error.body == {"code": status}
            assert error.headers["X-Request-Id"] == f"req-{status}" and error.request_id == f"req-{status}"
            assert error.request is not None and error.request.method == "GET"
            assert error.request.headers["Authorization"] == "<redacted>"
            for shown in (str(error), repr(error), str(error.headers), str(error.request.headers)):
                assert TOKEN not in shown
    assert len(server.requests) == len(statuses)  # max_retries=0: one request each


def test_update_and_delete_raise_instead_of_returning_a_response() -> None:
    with loopback_server(lambda request: Reply(status=409, body={"message": "in use"})) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url, max_retries=0)
        with pytest.raises(errors.ConflictError) as conflict:
            client.cost_centers.delete(company_id=0, cost_center_id=5)
    assert conflict.value.body == {"message": "in use"}


def test_detailed_variants_give_the_raw_2xx_response_with_the_request_id() -> None:
    with loopback_server(lambda request: Reply(status=204, headers={"X-Request-Id": "abc-1"})) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        response = client.send(delete_cost_center.request(company_id=0, cost_center_id=5))
    assert response.status_code == 204 and response.request_id == "abc-1" and response.content == b""


def test_an_unknown_2xx_status_does_not_crash() -> None:
    with loopback_server(lambda request: Reply(status=299, body=[])) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        response = client.send(list_invoice_cost_centers.request(company_id=0, invoice_id=1))
    assert response.status_code == 299 and response.parsed is None


def test_the_engine_status_conversion_is_replaced_in_every_module() -> None:
    for package in ("simpro-client", "lucca-invoices-client"):
        for module in (REPO / "generated" / package).rglob("api/*/*.py"):
            text = module.read_text(encoding="utf-8")
            assert "HTTPStatus(" not in text and "get_httpx_client().request" not in text, module
            if module.name != "__init__.py":
                assert "errors.APIStatusError" in text, module


def test_lucca_errors_are_typed_too_sync_and_async() -> None:
    replies = iter([Reply(status=401, body={"error": "bad key"}), Reply(status=520)])
    with loopback_server(lambda request: next(replies)) as server:
        client = lucca_invoices_client.AuthenticatedClient(api_key=KEY, base_url=server.url)
        with pytest.raises(lucca_invoices_client.errors.AuthenticationError) as unauthorized:
            client.cost_centers.import_cost_centers(body=body())

        async def call() -> None:
            async with lucca_invoices_client.AuthenticatedClient(api_key=KEY, base_url=server.url) as async_client:
                await async_client.aio.cost_centers.import_cost_centers(body=body())

        with pytest.raises(lucca_invoices_client.errors.InternalServerError) as failed:
            asyncio.run(call())
    assert unauthorized.value.body == {"error": "bad key"} and failed.value.status_code == 520
    assert "520" in str(failed.value)


def test_a_dropped_connection_raises_api_connection_error() -> None:
    with loopback_server(lambda request: Reply(drop=True)) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url, max_retries=0)
        with pytest.raises(errors.APIConnectionError) as dropped:
            client.invoice_cost_centers.list(company_id=0, invoice_id=1)
    assert not isinstance(dropped.value, errors.APITimeoutError)
    assert isinstance(dropped.value.__cause__, httpx.TransportError)
    assert TOKEN not in str(dropped.value) and TOKEN not in repr(dropped.value)


def test_a_stall_past_the_timeout_raises_api_timeout_error() -> None:
    with loopback_server(lambda request: Reply(body=[], delay=1.0)) as server:
        client = simpro_client.AuthenticatedClient(
            api_key=TOKEN, base_url=server.url, max_retries=0, timeout=httpx.Timeout(0.2)
        )
        with pytest.raises(errors.APITimeoutError) as stalled:
            client.invoice_cost_centers.list(company_id=0, invoice_id=1)
    assert isinstance(stalled.value, errors.APIConnectionError)
    assert isinstance(stalled.value.__cause__, httpx.TimeoutException)


def test_a_refused_connection_raises_api_connection_error_async() -> None:
    async def call() -> None:
        async with simpro_client.AuthenticatedClient(api_key=TOKEN, base_url="http://127.0.0.1:9", max_retries=0) as c:
            await c.aio.invoice_cost_centers.list(company_id=0, invoice_id=1)

    with pytest.raises(errors.APIConnectionError):
        asyncio.run(call())
