"""The generated Simpro client against the real Prism mock server of the curated spec (list, get, 404) and
a loopback server that pages: readable names, page iterators, typed query parameters, bearer auth,
retries, typed errors."""

from __future__ import annotations

import ast
import asyncio
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import simpro_client
from simpro_client import AuthenticatedClient
from simpro_client.api.invoice_cost_centers import list_invoice_cost_centers
from simpro_client.api.invoices import create_invoice
from simpro_client.models import InvoiceCostCenter, Search

from tests.loopback import RecordedRequest, Reply, loopback_server

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "specs" / "simpro" / "openapi.yaml"
PACKAGE = REPO / "generated" / "simpro-client"
TOKEN = "simpro-T0ken-9e1d"


def cost_center(number: int) -> dict[str, Any]:
    amount = {"ExTax": 10.0 * number, "IncTax": 11.0 * number}
    return {
        "ID": number,
        "Name": f"Cost center {number}",
        "JobID": 1,
        "RecurringInvoiceID": 0,
        "SectionID": 2,
        "CostCenter": {"ID": 100 + number, "Name": "Labour"},
        "Total": amount,
        "Claim": {**amount, "Percent": 50.0},
        "Items": [],
    }


def test_no_vendor_hash_reaches_the_python_api() -> None:
    hashes = re.compile(r"[0-9a-f]{32}")
    names = [path.stem for path in (PACKAGE / "simpro_client" / "api").rglob("*.py")]
    assert "list_invoice_cost_centers" in names and "get_invoice_cost_center" in names
    assert not [name for name in names if hashes.search(name)]
    # no identifier carries one (a vendor URL quoted in a docstring may)
    for path in (PACKAGE / "simpro_client").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        identifiers = {
            getattr(node, field)
            for node in ast.walk(tree)
            for field in ("id", "attr", "name", "arg")
            if isinstance(getattr(node, field, None), str)
        }
        assert not [name for name in identifiers if hashes.search(name)], path


def test_list_and_get_against_prism(prism: Callable[[Path], str]) -> None:
    with AuthenticatedClient(api_key=TOKEN, base_url=prism(SPEC)) as client:
        listed = client.send(
            list_invoice_cost_centers.request(
                company_id=0, invoice_id=42, search=Search.ANY, columns=["ID", "Name"], page_size=10, page=1
            )
        )
        assert listed.status_code == 200, listed.content
        assert listed.parsed and all(isinstance(item, InvoiceCostCenter) for item in listed.parsed)
        one = client.invoice_cost_centers.get(company_id=0, invoice_id=42, cost_center_id=12345)
        assert isinstance(one, InvoiceCostCenter)
        assert isinstance(one.total.ex_tax, float)
        assert all(
            isinstance(item, InvoiceCostCenter)
            for item in client.invoice_cost_centers.iterate(company_id=0, invoice_id=42)
        )


def test_documented_404_raises_not_found_from_prism(prism: Callable[[Path], str]) -> None:
    client = AuthenticatedClient(api_key=TOKEN, base_url=prism(SPEC), headers={"Prefer": "code=404"})
    with pytest.raises(simpro_client.errors.NotFoundError) as missing:
        client.invoice_cost_centers.get(company_id=0, invoice_id=42, cost_center_id=999)
    assert missing.value.status_code == 404
    assert TOKEN not in str(missing.value)


def test_prism_rejects_requests_without_the_bearer_token(prism: Callable[[Path], str]) -> None:
    response = httpx.get(prism(SPEC) + "/api/v1.0/companies/0/invoices/42/costCenters/")
    assert response.status_code == 401


def test_iterator_follows_result_pages_with_page_size_and_bearer() -> None:
    def pages(request: RecordedRequest) -> Reply:
        page = int(request.query["page"][0])
        return Reply(
            body=[cost_center(page * 10 + n) for n in range(2 if page < 3 else 1)],
            headers={"Result-Pages": "3", "Result-Total": "5"},
        )

    with loopback_server(pages) as server, AuthenticatedClient(api_key=TOKEN, base_url=server.url) as client:
        items = list(
            client.invoice_cost_centers.iterate(
                company_id=0,
                invoice_id=42,
                page_size=2,
                search=Search.ALL,
                columns=["ID", "Name"],
                orderby=["-ID", "Name"],
            )
        )
    assert [item.id for item in items] == [10, 11, 20, 21, 30]
    assert all(isinstance(item, InvoiceCostCenter) for item in items)
    assert [request.query["page"] for request in server.requests] == [["1"], ["2"], ["3"]]
    for request in server.requests:
        assert request.path == "/api/v1.0/companies/0/invoices/42/costCenters/"
        assert request.query["pageSize"] == ["2"]
        assert request.query["search"] == ["all"]
        assert request.query["columns"] == ["ID,Name"]  # one comma-separated value, as Simpro expects
        assert request.query["orderby"] == ["-ID,Name"]
        assert request.headers["Authorization"] == f"Bearer {TOKEN}"


def test_async_iterator_follows_result_pages() -> None:
    def pages(request: RecordedRequest) -> Reply:
        page = int(request.query["page"][0])
        return Reply(body=[cost_center(page)], headers={"Result-Pages": "3"})

    async def collect(url: str) -> list[int]:
        async with AuthenticatedClient(api_key=TOKEN, base_url=url) as client:
            pages = client.aio.invoice_cost_centers.iterate(company_id=0, invoice_id=42, page_size=1)
            return [item.id async for item in pages]

    with loopback_server(pages) as server:
        assert asyncio.run(collect(server.url)) == [1, 2, 3]
        assert [request.query["pageSize"] for request in server.requests] == [["1"]] * 3


def test_iterator_stops_without_result_pages_header() -> None:
    with loopback_server(lambda request: Reply(body=[cost_center(1)])) as server:
        client = AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        assert [item.id for item in client.invoice_cost_centers.iterate(company_id=0, invoice_id=1)] == [1]
        assert len(server.requests) == 1


def test_retries_get_on_429_and_5xx_honouring_retry_after_but_never_post() -> None:
    def flaky(request: RecordedRequest) -> Reply:
        seen = sum(1 for r in server.requests if r.method == request.method)
        if seen == 1:
            return Reply(status=429, headers={"Retry-After": "0"})
        if seen == 2:
            return Reply(status=502)
        return Reply(body=[cost_center(1)] if request.method == "GET" else {"ID": 1}, status=200)

    with loopback_server(flaky) as server:
        client = AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        assert client.invoice_cost_centers.list(company_id=0, invoice_id=1)[0].id == 1  # type: ignore[index]
        assert [r.method for r in server.requests] == ["GET"] * 3
        with pytest.raises(simpro_client.errors.RateLimitError) as limited:
            client.send(create_invoice.request(company_id=0, body=create_invoice_body()))
        assert limited.value.status_code == 429 and limited.value.retry_after == 0
        assert [r.method for r in server.requests].count("POST") == 1


def create_invoice_body() -> Any:
    from simpro_client.models import InvoiceCreate

    return InvoiceCreate.from_dict({"Type": "TaxInvoice", "Jobs": [1]})


def test_retry_delay_uses_retry_after_then_exponential_backoff_with_jitter() -> None:
    from simpro_client.client import retry_delay

    assert retry_delay(1, httpx.Headers({"Retry-After": "2"})) == 2.0
    assert retry_delay(1, httpx.Headers({"Retry-After": "999"})) is None  # beyond the cap: raise, don't wait
    delays = [retry_delay(3, httpx.Headers()) for _ in range(200)]
    assert all(delay is not None and 1.5 <= delay <= 2.0 for delay in delays)
    assert len(set(delays)) > 100  # jittered, not a fixed wait


def test_typed_422_error_carries_the_parsed_body() -> None:
    errors_body = {"errors": [{"path": "Type", "message": "Type is required"}]}
    with loopback_server(lambda request: Reply(status=422, body=errors_body)) as server:
        client = AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        with pytest.raises(simpro_client.errors.UnprocessableEntityError) as rejected:
            client.invoices.create(company_id=0, body=create_invoice_body())
    assert rejected.value.status_code == 422 and rejected.value.body == errors_body


def test_token_never_shows_and_build_is_required(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = AuthenticatedClient(api_key=TOKEN, build="acme")
    assert client.base_url == "https://acme.simprosuite.com"
    assert TOKEN not in repr(client)
    with pytest.raises(ValueError, match="build"):
        AuthenticatedClient(api_key=TOKEN)
    with loopback_server(lambda request: Reply(status=500, body={"message": "boom"})) as server:
        failing = AuthenticatedClient(api_key=TOKEN, base_url=server.url, max_retries=0)
        with pytest.raises(simpro_client.errors.InternalServerError) as failed:
            failing.invoice_cost_centers.list(company_id=0, invoice_id=1)
    assert TOKEN not in str(failed.value) and TOKEN not in caplog.text
    assert "127.0.0.1" in caplog.text


def test_default_timeout() -> None:
    client = AuthenticatedClient(api_key=TOKEN, build="acme")
    assert client.get_httpx_client().timeout == httpx.Timeout(30.0, connect=10.0)
