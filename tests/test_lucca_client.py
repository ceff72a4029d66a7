"""The generated Lucca client, installed, against the real Prism mock server and a recording loopback
server: auth header, wire names, no read-only fields, typed responses, secrets kept out of sight."""

from __future__ import annotations

import asyncio
import logging
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import lucca_invoices_client
import pytest
from lucca_invoices_client import AuthenticatedClient
from lucca_invoices_client.api.cost_centers import import_cost_centers
from lucca_invoices_client.models import (
    CostCenterResponse,
    CostCenterState,
    ImportCostCentersRequest,
    ImportCostCentersRequestItem,
    ImportCostCentersResponse,
    ImportMode,
    UserReferenceResponse,
)

from tests.loopback import RecordedRequest, Reply, loopback_server

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "generated" / "lucca-invoices-client"
SPEC = REPO / "specs" / "lucca-invoices" / "openapi.yaml"
KEY = "s3cr3t-Key-4f9a"
IMPORT_RESULT = {
    "mode": "AllOrNothing",
    "imported": 1,
    "failedValidation": 0,
    "items": [
        {
            "result": {
                "id": 7,
                "name": "Marketing",
                "code": "MKT",
                "state": "Enabled",
                "owner": {"id": 416, "href": "https://example.ilucca.net/api/v3/users/416", "name": "John Doe"},
                "establishments": [
                    {"id": 1, "name": "Paris", "href": "https://example.ilucca.net/api/v3/establishments/1"}
                ],
            }
        }
    ],
}


def body() -> ImportCostCentersRequest:
    return ImportCostCentersRequest(
        mode=ImportMode.SKIPINVALIDITEMS,
        items=[
            ImportCostCentersRequestItem(
                name="Marketing", code="MKT", owner_id=416, state=CostCenterState.ENABLED, establishment_ids=[1, 2]
            )
        ],
    )


def test_the_installed_package_is_the_committed_one() -> None:
    installed = Path(lucca_invoices_client.__file__).parent / "client.py"
    assert installed.read_bytes() == (PACKAGE / "lucca_invoices_client" / "client.py").read_bytes()


def test_import_against_prism_parses_into_typed_models(prism: Callable[[Path], str]) -> None:
    base_url = prism(SPEC)
    with AuthenticatedClient(api_key=KEY, base_url=base_url) as client:
        response = client.send(import_cost_centers.request(body=body()))
    assert response.status_code == 200, response.content
    parsed = response.parsed
    assert isinstance(parsed, ImportCostCentersResponse)
    assert isinstance(parsed.imported, int) and isinstance(parsed.mode, ImportMode)
    result = parsed.items[0].result  # type: ignore[index,union-attr]
    assert isinstance(result, CostCenterResponse)
    assert isinstance(result.owner, UserReferenceResponse)
    assert isinstance(result.state, CostCenterState)


def test_async_import_against_prism(prism: Callable[[Path], str]) -> None:
    base_url = prism(SPEC)

    async def call() -> ImportCostCentersResponse | None:
        async with AuthenticatedClient(api_key=KEY, base_url=base_url) as client:
            return await client.aio.cost_centers.import_cost_centers(body=body())

    assert isinstance(asyncio.run(call()), ImportCostCentersResponse)


def test_prism_rejects_a_request_without_the_key(prism: Callable[[Path], str]) -> None:
    """The other side of the auth test: Prism really validates, so the passing calls above mean something."""
    response = httpx.post(prism(SPEC) + "/cleemy-procurement/services/imports/costcenters", json=body().to_dict())
    assert response.status_code == 422
    assert "authorization" in response.text.lower()


def test_request_on_the_wire() -> None:
    with (
        loopback_server(lambda request: Reply(body=IMPORT_RESULT)) as server,
        AuthenticatedClient(api_key=KEY, base_url=server.url) as client,
    ):
        parsed = client.cost_centers.import_cost_centers(body=body())
    [request] = server.requests
    assert request.method == "POST" and request.path == "/cleemy-procurement/services/imports/costcenters"
    assert request.headers["Authorization"] == f"lucca application={KEY}"
    sent = request.json()
    assert sent["mode"] in ("AllOrNothing", "SkipInvalidItems")
    assert sent["items"] == [
        {"name": "Marketing", "code": "MKT", "ownerId": 416, "state": "Enabled", "establishmentIds": [1, 2]}
    ]
    assert isinstance(parsed, ImportCostCentersResponse)
    assert parsed.items[0].result.establishments[0].name == "Paris"  # type: ignore[index,union-attr]


def test_read_only_fields_are_not_expressible_in_requests() -> None:
    with pytest.raises(TypeError):
        ImportCostCentersRequestItem(name="x", code="y", id=3)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ImportCostCentersRequestItem(name="x", code="y", owner={"id": 1})  # type: ignore[call-arg]
    assert not hasattr(CostCenterResponse(name="n", code="c"), "owner_id")  # write-only: not in responses


def test_the_documentation_placeholder_host_is_never_a_default() -> None:
    with pytest.raises(lucca_invoices_client.errors.ConfigurationError, match="host"):
        AuthenticatedClient(api_key=KEY)
    assert AuthenticatedClient(api_key=KEY, host="acme.ilucca-test.net").base_url == "https://acme.ilucca-test.net"
    assert lucca_invoices_client.server_url(host="x.ilucca.ch") == "https://x.ilucca.ch"


def test_every_request_has_a_default_timeout() -> None:
    client = AuthenticatedClient(api_key=KEY, host="acme.ilucca.net")
    assert client.get_httpx_client().timeout == httpx.Timeout(30.0, connect=10.0)
    assert client.get_async_httpx_client().timeout == httpx.Timeout(30.0, connect=10.0)


def test_the_key_never_shows(caplog: pytest.LogCaptureFixture) -> None:
    client = AuthenticatedClient(api_key=KEY, base_url="http://127.0.0.1:9", max_retries=0)
    assert KEY not in repr(client) and KEY not in str(client)
    assert KEY not in repr(client.get_httpx_client().auth)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(lucca_invoices_client.errors.APIConnectionError) as refused:
        client.send(import_cost_centers.request(body=body()))
    assert KEY not in str(refused.value) and KEY not in repr(refused.value)
    with loopback_server(lambda request: Reply(status=418, body={"echo": request.headers["Authorization"]})) as server:
        teapot = AuthenticatedClient(api_key=KEY, base_url=server.url)
        with pytest.raises(lucca_invoices_client.errors.APIStatusError) as unexpected:
            teapot.cost_centers.import_cost_centers(body=body())
    assert unexpected.value.status_code == 418
    assert KEY not in str(unexpected.value) and KEY not in repr(unexpected.value)
    assert unexpected.value.request is not None
    assert KEY not in str(unexpected.value.request.headers)
    assert KEY not in caplog.text
    assert "127.0.0.1" in caplog.text  # the requests were logged: the check above looked at real lines


def test_retries_idempotent_requests_only() -> None:
    def flaky(request: RecordedRequest) -> Reply:
        failures = sum(1 for r in server.requests if r.method == request.method)
        if failures <= 2:
            return Reply(status=503, headers={"Retry-After": "0"})
        return Reply(body={"ok": True})

    with loopback_server(flaky) as server:
        client = AuthenticatedClient(api_key=KEY, base_url=server.url)
        assert client.request("GET", "/anything").status_code == 200
        assert [r.method for r in server.requests] == ["GET"] * 3
        with pytest.raises(lucca_invoices_client.errors.InternalServerError) as failed:
            client.send(import_cost_centers.request(body=body()))
        assert failed.value.status_code == 503  # a POST is never replayed
        assert [r.method for r in server.requests].count("POST") == 1


def test_package_installs_with_pip_and_passes_mypy_strict(tmp_path: Path) -> None:
    copy = tmp_path / "lucca-invoices-client"
    shutil.copytree(PACKAGE, copy)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-deps",
            "--target",
            str(tmp_path / "site"),
            str(copy),
        ],
        check=True,
    )
    installed = tmp_path / "site" / "lucca_invoices_client"
    assert (installed / "py.typed").is_file()
    assert (installed / "api" / "cost_centers" / "import_cost_centers.py").is_file()
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), "lucca_invoices_client"],
        cwd=tmp_path / "site",
        capture_output=True,
        text=True,
        check=False,
    )
    assert mypy.returncode == 0, mypy.stdout
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "--no-cache", "."],
        cwd=PACKAGE,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ruff.returncode == 0, ruff.stdout


def test_not_found_and_unprocessable_raise_typed_errors_with_the_parsed_body() -> None:
    problem = {"type": "about:blank", "title": "Invalid items", "status": 422, "detail": "code is required"}
    replies = iter([Reply(status=404, body={"title": "Not Found"}), Reply(status=422, body=problem)])
    with loopback_server(lambda request: next(replies)) as server:
        client = AuthenticatedClient(api_key=KEY, base_url=server.url)
        with pytest.raises(lucca_invoices_client.errors.NotFoundError) as missing:
            client.cost_centers.import_cost_centers(body=body())

        async def call() -> None:
            async with AuthenticatedClient(api_key=KEY, base_url=server.url) as async_client:
                await async_client.aio.cost_centers.import_cost_centers(body=body())

        with pytest.raises(lucca_invoices_client.errors.UnprocessableEntityError) as rejected:
            asyncio.run(call())
    assert missing.value.status_code == 404 and missing.value.body == {"title": "Not Found"}
    assert rejected.value.status_code == 422 and rejected.value.body == problem
    assert isinstance(rejected.value, lucca_invoices_client.errors.ApiError)
    assert KEY not in str(missing.value) and KEY not in str(rejected.value)
