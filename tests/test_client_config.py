"""Configuration and observability of the generated clients: the key from the environment, required server
variables checked at construction, close()/aclose() and a reusable context manager, the package logger
(and <PACKAGE>_LOG), User-Agent, __version__, event hooks and transports through httpx_args, and a
caller's own httpx client keeping auth, retries and typed errors. Against a real loopback server."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import tomllib
from pathlib import Path

import httpx
import lucca_invoices_client
import pytest
import simpro_client

from generator.config import load_api
from generator.errors import SpecFoundryError
from tests.loopback import RecordedRequest, Reply, loopback_server

REPO = Path(__file__).resolve().parents[1]
TOKEN = "simpro-T0ken-9e1d"
errors = simpro_client.errors


def test_the_key_comes_from_the_environment_variable_named_in_api_toml(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIMPRO_API_KEY", TOKEN)
    with (
        loopback_server(lambda request: Reply(body=[])) as server,
        simpro_client.AuthenticatedClient(base_url=server.url) as client,
    ):
        client.invoice_cost_centers.list(company_id=0, invoice_id=1)
    assert server.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"
    monkeypatch.delenv("SIMPRO_API_KEY")
    with pytest.raises(errors.ConfigurationError, match="SIMPRO_API_KEY"):
        simpro_client.AuthenticatedClient(base_url=server.url)
    monkeypatch.setenv("LUCCA_API_KEY", "")
    with pytest.raises(lucca_invoices_client.errors.ConfigurationError, match="LUCCA_API_KEY"):
        lucca_invoices_client.AuthenticatedClient(host="acme.ilucca.net")


def test_required_server_variables_are_checked_at_construction() -> None:
    with pytest.raises(errors.ConfigurationError, match="build"):
        simpro_client.AuthenticatedClient(api_key=TOKEN)
    with pytest.raises(lucca_invoices_client.errors.ConfigurationError, match="host"):
        lucca_invoices_client.AuthenticatedClient(api_key="k")
    assert simpro_client.AuthenticatedClient(api_key=TOKEN, base_url="http://x").base_url == "http://x"


def test_the_context_manager_can_be_used_again_and_close_reopens() -> None:
    with loopback_server(lambda request: Reply(body=[])) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        for _ in range(2):
            with client:
                client.invoice_cost_centers.list(company_id=0, invoice_id=1)
        first = client.get_httpx_client()
        client.close()
        assert first.is_closed
        client.invoice_cost_centers.list(company_id=0, invoice_id=1)

        async def twice() -> None:
            for _ in range(2):
                async with client:
                    await client.aio.invoice_cost_centers.list(company_id=0, invoice_id=1)
            await client.aclose()

        asyncio.run(twice())
    assert len(server.requests) == 5


def test_each_request_response_and_retry_is_logged_without_the_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="simpro_client")
    replies = iter([Reply(status=503, headers={"Retry-After": "0"}), Reply(body=[], headers={"X-Request-Id": "r-42"})])
    with loopback_server(lambda request: next(replies)) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        client.invoice_cost_centers.list(company_id=0, invoice_id=1)
    messages = [(r.name, r.levelname, r.getMessage()) for r in caplog.records if r.name == "simpro_client"]
    assert [level for _, level, _ in messages] == ["DEBUG", "DEBUG", "INFO", "DEBUG", "DEBUG"]
    assert messages[0][2].startswith("request GET http://127.0.0.1")
    assert "503" in messages[1][2] and "retrying GET" in messages[2][2]
    assert "(attempt 2)" in messages[3][2] and "200 OK" in messages[4][2] and "request id r-42" in messages[4][2]
    assert TOKEN not in caplog.text


def test_package_log_environment_variable_turns_on_debug_logging() -> None:
    replies = iter([Reply(status=503, headers={"Retry-After": "0"}), Reply(body=[]), Reply(body=[])])
    with loopback_server(lambda request: next(replies)) as server:
        program = (
            "from simpro_client import AuthenticatedClient\n"
            f"client = AuthenticatedClient(api_key={TOKEN!r}, base_url={server.url!r})\n"
            "client.invoice_cost_centers.list(company_id=0, invoice_id=1)\n"
        )
        run = subprocess.run(
            [sys.executable, "-c", program],
            env={"SIMPRO_CLIENT_LOG": "debug", "PATH": ""},
            capture_output=True,
            text=True,
        )
        quiet = subprocess.run([sys.executable, "-c", program], env={"PATH": ""}, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "simpro_client DEBUG request GET" in run.stderr and "200 OK" in run.stderr and TOKEN not in run.stderr
    assert "503" in run.stderr and "retrying GET" in run.stderr  # the retry, shown at debug level too
    assert quiet.stderr == ""


def test_user_agent_and_version() -> None:
    version = tomllib.loads((REPO / "generated/simpro-client/pyproject.toml").read_text())["project"]["version"]
    assert simpro_client.__version__ == version
    with loopback_server(lambda request: Reply(body=[])) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        client.invoice_cost_centers.list(company_id=0, invoice_id=1)
    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    assert server.requests[0].headers["User-Agent"] == f"simpro-client/{version} python/{python}"


def test_event_hooks_and_transports_in_httpx_args_keep_auth_retries_and_errors() -> None:
    seen: list[str] = []

    def on_request(request: httpx.Request) -> None:
        seen.append(f"request {request.method}")

    def on_response(response: httpx.Response) -> None:
        seen.append(f"response {response.status_code}")

    replies = iter([Reply(status=502), Reply(body=[]), Reply(status=404)])

    def responder(request: RecordedRequest) -> Reply:
        return next(replies)

    with loopback_server(responder) as server:
        client = simpro_client.AuthenticatedClient(
            api_key=TOKEN,
            base_url=server.url,
            httpx_args={
                "event_hooks": {"request": [on_request], "response": [on_response]},
                "transport": httpx.HTTPTransport(retries=0),
            },
        )
        assert client.invoice_cost_centers.list(company_id=0, invoice_id=1) == []
        with pytest.raises(errors.NotFoundError):
            client.invoice_cost_centers.list(company_id=0, invoice_id=1)
    assert seen == ["request GET", "response 502", "request GET", "response 200", "request GET", "response 404"]
    assert all(r.headers["Authorization"] == f"Bearer {TOKEN}" for r in server.requests)


def test_async_event_hooks_and_transport_in_httpx_args_keep_auth_retries_and_errors() -> None:
    """httpx awaits an AsyncClient's hooks: `async_event_hooks` carries coroutine functions for `client.aio`,
    while plain `event_hooks` stay on the sync client (they would fail if awaited)."""
    seen: list[str] = []

    def sync_hook(request: httpx.Request) -> None:
        seen.append("sync hook")

    async def on_request(request: httpx.Request) -> None:
        seen.append(f"async request {request.method}")

    async def on_response(response: httpx.Response) -> None:
        seen.append(f"async response {response.status_code}")

    replies = iter([Reply(status=503, headers={"Retry-After": "0"}), Reply(body=[]), Reply(status=422)])
    with loopback_server(lambda request: next(replies)) as server:
        client = simpro_client.AuthenticatedClient(
            api_key=TOKEN,
            base_url=server.url,
            httpx_args={
                "event_hooks": {"request": [sync_hook]},
                "async_event_hooks": {"request": [on_request], "response": [on_response]},
                "async_transport": httpx.AsyncHTTPTransport(retries=0),
            },
        )

        async def calls() -> None:
            assert await client.aio.invoice_cost_centers.list(company_id=0, invoice_id=1) == []
            with pytest.raises(errors.UnprocessableEntityError):
                await client.aio.invoice_cost_centers.list(company_id=0, invoice_id=1)
            await client.aclose()

        asyncio.run(calls())
    assert seen == [
        "async request GET",
        "async response 503",
        "async request GET",
        "async response 200",
        "async request GET",
        "async response 422",
    ]
    assert all(r.headers["Authorization"] == f"Bearer {TOKEN}" for r in server.requests)


def test_a_callers_own_httpx_client_keeps_auth_retries_and_typed_errors() -> None:
    replies = iter([Reply(status=503, headers={"Retry-After": "0"}), Reply(body=[]), Reply(status=403)])
    with loopback_server(lambda request: next(replies)) as server:
        own = httpx.Client(base_url=server.url)
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url).set_httpx_client(own)
        assert client.invoice_cost_centers.list(company_id=0, invoice_id=1) == []
        with pytest.raises(errors.PermissionDeniedError):
            client.invoice_cost_centers.list(company_id=0, invoice_id=1)
        client.close()
        assert not own.is_closed  # the caller owns it
        own.close()
    assert len(server.requests) == 3
    assert all(r.headers["Authorization"] == f"Bearer {TOKEN}" for r in server.requests)


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ('api_key_env = "1BAD"', "api_key_env"),
        ('api_key_env = "A-B"', "api_key_env"),
        ("api_key_env = 3", "api_key_env"),
        ('request_id_header = "X Id"', "request_id_header"),
    ],
)
def test_api_toml_client_settings_are_validated(tmp_path: Path, setting: str, message: str) -> None:
    folder = tmp_path / "tiny"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "page.md").write_text("x", encoding="utf-8")
    (folder / "api.toml").write_text(
        '[api]\nname = "tiny"\n\n[[sources]]\npath = "sources/page.md"\nformat = "mintlify-export"\n\n'
        f'[[targets]]\nkind = "client"\npackage = "tiny-client"\n{setting}\n',
        encoding="utf-8",
    )
    with pytest.raises(SpecFoundryError, match=message):
        load_api(folder, ("mintlify-export",))
