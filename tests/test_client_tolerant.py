"""Issue 12, items 2 and 3, against a real loopback server: responses parse tolerantly (an enum value the
spec does not list is kept, a missing required field is UNSET) while requests stay strict, and every
operation function takes per-call options (timeout, extra headers and query, max_retries) that apply to
that call only."""

from __future__ import annotations

import asyncio
import inspect
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import simpro_client
from lucca_invoices_client import AuthenticatedClient as LuccaClient
from lucca_invoices_client.models import PurchaseResponse, PurchaseState
from simpro_client.api.companies import get_company
from simpro_client.models import Company, CompanyTimezone
from simpro_client.types import UNSET, Unset

from tests.loopback import Reply, loopback_server
from tests.test_lucca_purchase import page_json_blocks, writable_request

TOKEN = "simpro-T0ken-9e1d"
ROOT = Path(__file__).resolve().parent.parent
errors = simpro_client.errors


def test_an_unknown_simpro_time_zone_and_a_sparse_company_parse() -> None:
    # What `columns=ID,Timezone` returns: only the asked fields, and a zone this version does not list.
    sparse = {"ID": 7, "Timezone": "Mars/Olympus_Mons"}
    with loopback_server(lambda request: Reply(body=sparse)) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        company = client.companies.get(company_id=0, columns=["ID", "Timezone"])
    assert isinstance(company, Company)
    assert company.id == 7
    assert company.timezone == "Mars/Olympus_Mons"
    assert isinstance(company.timezone, CompanyTimezone)
    assert not company.timezone.known
    assert str(company.timezone) == "Mars/Olympus_Mons"
    assert isinstance(company.name, Unset)
    assert isinstance(company.address, Unset)
    # A sparse object serializes to what it holds, the unknown value as it came.
    assert company.to_dict() == sparse


def test_known_values_are_still_members_and_the_constructor_stays_strict() -> None:
    assert CompanyTimezone.parse("Australia/Perth") is CompanyTimezone.AUSTRALIAPERTH
    assert CompanyTimezone.AUSTRALIAPERTH.known
    with pytest.raises(ValueError):
        CompanyTimezone("Mars/Olympus_Mons")  # request values are still checked


def test_an_unknown_lucca_purchase_state_is_kept() -> None:
    _, response = page_json_blocks()
    response["state"] = "Archived"
    with (
        loopback_server(lambda _: Reply(status=201, body=response)) as server,
        LuccaClient(api_key="k", base_url=server.url) as client,
    ):
        created = client.purchases.create(body=writable_request())
    assert isinstance(created, PurchaseResponse)
    assert created.state == "Archived"
    assert isinstance(created.state, PurchaseState) and not created.state.known
    assert created.to_dict()["state"] == "Archived"


def test_a_missing_required_field_is_unset_not_a_key_error() -> None:
    company = Company.from_dict({})
    assert company.id is UNSET and company.timezone is UNSET
    assert company.to_dict() == {}


def test_per_call_options_reach_the_wire_and_do_not_leak() -> None:
    with loopback_server(lambda request: Reply(body=[])) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url, headers={"X-Base": "b"})
        client.invoice_cost_centers.list(
            company_id=0, invoice_id=1, extra_headers={"X-Trace": "t-1"}, extra_query={"debug": "1", "columns": "ID"}
        )
        client.invoice_cost_centers.list(company_id=0, invoice_id=1)
    first, second = server.requests
    assert first.headers["X-Trace"] == "t-1" and first.headers["X-Base"] == "b"
    assert first.query["debug"] == ["1"] and first.query["columns"] == ["ID"]
    assert "X-Trace" not in second.headers and "debug" not in second.query
    assert second.headers["X-Base"] == "b"


def test_per_call_options_on_async_and_iterate() -> None:
    with loopback_server(lambda request: Reply(body=[])) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        asyncio.run(client.aio.invoice_cost_centers.list(company_id=0, invoice_id=1, extra_headers={"X-Call": "async"}))
        assert (
            list(client.invoice_cost_centers.iterate(company_id=0, invoice_id=1, extra_query={"via": "iterate"})) == []
        )
    first, second = server.requests
    assert first.headers["X-Call"] == "async"
    assert second.query["via"] == ["iterate"] and "X-Call" not in second.headers


def test_a_per_call_timeout_applies_to_that_call_only() -> None:
    with loopback_server(lambda request: Reply(delay=0.5, body=[])) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url, max_retries=0)
        with pytest.raises(errors.APITimeoutError):
            client.invoice_cost_centers.list(company_id=0, invoice_id=1, timeout=0.1)
        assert client.invoice_cost_centers.list(company_id=0, invoice_id=1) == []  # the client's 30 s again
        with pytest.raises(errors.APITimeoutError):
            client.invoice_cost_centers.list(company_id=0, invoice_id=1, timeout=httpx.Timeout(0.1))


def test_per_call_max_retries_applies_to_that_call_only() -> None:
    with loopback_server(lambda request: Reply(status=503, headers={"Retry-After": "0"})) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url, max_retries=1)
        with pytest.raises(errors.InternalServerError):
            client.invoice_cost_centers.list(company_id=0, invoice_id=1, max_retries=3)
        assert len(server.requests) == 4
        with pytest.raises(errors.InternalServerError):
            client.invoice_cost_centers.list(company_id=0, invoice_id=1)
        assert len(server.requests) == 6
        with pytest.raises(errors.InternalServerError):
            asyncio.run(client.aio.invoice_cost_centers.list(company_id=0, invoice_id=1, max_retries=0))
        assert len(server.requests) == 7


def test_options_are_keyword_arguments_of_every_method() -> None:
    client = simpro_client.AuthenticatedClient(api_key=TOKEN, build="acme")
    for function in (
        get_company.request,
        client.companies.get,
        client.aio.companies.get,
        client.invoice_cost_centers.iterate,
        client.aio.invoice_cost_centers.iterate,
    ):
        parameters = inspect.signature(function).parameters
        assert parameters["options"].kind is inspect.Parameter.VAR_KEYWORD, function
        assert parameters["company_id"].kind is inspect.Parameter.KEYWORD_ONLY, function
    options = simpro_client._runtime.RequestOptions.__annotations__
    assert set(options) == {"timeout", "extra_headers", "extra_query", "max_retries"}


def test_client_request_takes_the_options_and_timeout_none_means_no_timeout() -> None:
    with loopback_server(lambda request: Reply(delay=0.3, body={})) as server:
        client = simpro_client.AuthenticatedClient(
            api_key=TOKEN, base_url=server.url, timeout=httpx.Timeout(0.1), max_retries=0
        )
        response = client.request("GET", "/raw", extra_headers={"X-Raw": "1"}, timeout=httpx.Timeout(None))
        assert response.status_code == 200
        with pytest.raises(errors.APITimeoutError):
            client.request("GET", "/raw")
    assert server.requests[0].headers["X-Raw"] == "1"
    assert "X-Raw" not in server.requests[1].headers


USER_PROGRAM = """
import httpx
from simpro_client import AuthenticatedClient
from simpro_client.models import Company, CompanyTimezone
from simpro_client.types import Unset


def zone(client: AuthenticatedClient) -> str | None:
    company = client.companies.get(company_id=0, columns=["ID", "Timezone"], timeout=5.0, max_retries=0)
    if isinstance(company.timezone, Unset):
        return None
    if not company.timezone.known:
        return "new zone: " + str(company.timezone)
    return company.timezone.value


def names(client: AuthenticatedClient) -> list[str]:
    items = client.invoice_cost_centers.iterate(
        company_id=0, invoice_id=1, extra_headers={"X-Trace": "1"}, extra_query={"x": 1}, timeout=httpx.Timeout(3.0)
    )
    return [str(item) for item in items]


def strict_request() -> CompanyTimezone:
    return CompanyTimezone("Australia/Perth")


def sparse(company: Company) -> int | None:
    return None if isinstance(company.id, Unset) else company.id
"""


def test_a_user_program_against_the_documented_surface_passes_mypy_strict(tmp_path: Path) -> None:
    program = tmp_path / "user_program.py"
    program.write_text(USER_PROGRAM, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), str(program)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "MYPYPATH": str(ROOT / "generated" / "simpro-client")},
    )
    assert result.returncode == 0, result.stdout + result.stderr
