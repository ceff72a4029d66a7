"""`specfoundry update` against a real HTTP server on loopback serving successive versions of documents."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from generator import cli
from generator.config import load_api, url_problem
from generator.errors import SpecFoundryError
from generator.importers import KNOWN_FORMATS
from generator.update import FetchError, Settings, fetch
from tests.loopback import LoopbackServer, RecordedRequest, Reply, loopback_server

V1 = b"openapi: 3.1.0\ninfo:\n  title: Tiny\n  version: '1'\npaths: {}\n"
V2 = b"openapi: 3.1.0\ninfo:\n  title: Tiny\n  version: '2'\npaths: {}\n"
PAGE = b"# Things\n\nSome text.\n"
HTML = b"<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Log in to continue</body></html>\n"
YAML = "application/yaml"


def make_api(root: Path, server: LoopbackServer, *, page: bool = False) -> Path:
    folder = root / "specs" / "tiny"
    (folder / "sources").mkdir(parents=True)
    (root / "generated").mkdir()
    toml = (
        '[api]\nname = "tiny"\n\n'
        f'[[sources]]\npath = "sources/openapi.yaml"\nformat = "openapi"\nurl = "{server.url}/openapi.yaml"\n'
    )
    if page:
        (folder / "sources" / "page.md").write_bytes(PAGE)
        toml += f'\n[[sources]]\npath = "sources/page.md"\nformat = "widdershins"\nurl = "{server.url}/page.md"\n'
    (folder / "api.toml").write_text(toml)
    return folder


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted((root / "specs").rglob("*"))
        if path.is_file()
    }


def run(root: Path, *args: str) -> int:
    return cli.main(["--root", str(root), "update", *args])


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECFOUNDRY_FETCH_BACKOFF", "0")
    monkeypatch.setenv("SPECFOUNDRY_FETCH_TIMEOUT", "5")
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)  # loopback is reached directly


def test_captures_then_honours_304_then_takes_the_new_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    versions = {"current": (V1, '"v1"')}

    def respond(request: RecordedRequest) -> Reply:
        body, etag = versions["current"]
        if request.headers.get("If-None-Match") == etag:
            return Reply(status=304, headers={"ETag": etag}, content_type="")
        return Reply(
            raw=body, content_type=YAML, headers={"ETag": etag, "Last-Modified": "Mon, 02 Nov 2026 10:00:00 GMT"}
        )

    with loopback_server(respond) as server:
        folder = make_api(tmp_path, server)
        spec = folder / "sources" / "openapi.yaml"

        assert run(tmp_path) == 0
        assert spec.read_bytes() == V1
        lock = json.loads((folder / "sources.lock").read_text())
        entry = lock["sources"]["sources/openapi.yaml"]
        assert entry["url"] == f"{server.url}/openapi.yaml"
        assert entry["size"] == len(V1) and entry["etag"] == '"v1"'
        assert entry["last_modified"] == "Mon, 02 Nov 2026 10:00:00 GMT"
        assert len(entry["sha256"]) == 64 and entry["fetched_at"].endswith("Z")
        assert "If-None-Match" not in server.requests[0].headers  # nothing captured yet: a whole fetch
        assert "tiny: sources/openapi.yaml: updated: none →" in capsys.readouterr().out

        before = snapshot(tmp_path)
        assert run(tmp_path) == 0
        assert server.requests[1].headers["If-None-Match"] == '"v1"'
        assert server.requests[1].headers["If-Modified-Since"] == "Mon, 02 Nov 2026 10:00:00 GMT"
        assert snapshot(tmp_path) == before  # 304: nothing written, not even the lock's time
        assert "unchanged: not modified (304)" in capsys.readouterr().out

        versions["current"] = (V2, '"v2"')
        assert run(tmp_path) == 0
        assert spec.read_bytes() == V2
        entry = json.loads((folder / "sources.lock").read_text())["sources"]["sources/openapi.yaml"]
        assert entry["etag"] == '"v2"' and entry["size"] == len(V2)
        out = capsys.readouterr().out
        assert f"updated: {len(V1)} bytes" in out and f"→ {len(V2)} bytes" in out


def test_same_content_without_validators_is_unchanged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with loopback_server(lambda _request: Reply(raw=V1, content_type=YAML)) as server:
        make_api(tmp_path, server)
        assert run(tmp_path) == 0
        before = snapshot(tmp_path)
        assert run(tmp_path) == 0
        assert snapshot(tmp_path) == before
        assert "unchanged: same content" in capsys.readouterr().out
        lock_text = (tmp_path / "specs" / "tiny" / "sources.lock").read_text()
        assert lock_text == json.dumps(json.loads(lock_text), indent=2, sort_keys=True) + "\n"  # deterministic


def captured_then(tmp_path: Path, server: LoopbackServer, page: bool = False) -> dict[str, bytes]:
    """Capture V1 (and the page), then return the snapshot a failing run must leave as it is."""
    make_api(tmp_path, server, page=page)
    assert run(tmp_path) == 0
    return snapshot(tmp_path)


def assert_failed(tmp_path: Path, capsys: pytest.CaptureFixture[str], before: dict[str, bytes], *phrases: str) -> str:
    capsys.readouterr()
    assert run(tmp_path) == 1
    err = capsys.readouterr().err
    assert "tiny: sources/openapi.yaml: failed:" in err, err
    assert "/openapi.yaml" in err and "url: http://127.0.0.1:" in err, err
    for phrase in phrases:
        assert phrase in err, err
    assert snapshot(tmp_path) == before
    assert not list(tmp_path.glob(".specfoundry-staging-*"))
    return err


def test_a_500_is_retried_then_fails_leaving_everything(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    state = {"broken": False}

    def respond(_request: RecordedRequest) -> Reply:
        return Reply(status=500) if state["broken"] else Reply(raw=V1, content_type=YAML, headers={"ETag": '"v1"'})

    with loopback_server(respond) as server:
        before = captured_then(tmp_path, server)
        state["broken"] = True
        count = len(server.requests)
        assert_failed(tmp_path, capsys, before, "HTTP 500", "3 attempts")
        assert len(server.requests) - count == 3


def test_a_500_then_success_is_retried(tmp_path: Path) -> None:
    with loopback_server(
        lambda request: Reply(status=503) if len(server.requests) == 1 else Reply(raw=V1, content_type=YAML)
    ) as server:
        make_api(tmp_path, server)
        assert run(tmp_path) == 0
        assert (tmp_path / "specs" / "tiny" / "sources" / "openapi.yaml").read_bytes() == V1
        assert len(server.requests) == 2


def test_a_stall_past_the_timeout_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    state = {"stall": False}

    def respond(_request: RecordedRequest) -> Reply:
        return Reply(raw=V2, content_type=YAML, delay=1.0 if state["stall"] else 0.0)

    with loopback_server(respond) as server:
        monkeypatch.setenv("SPECFOUNDRY_FETCH_TIMEOUT", "0.2")
        before = captured_then(tmp_path, server)
        state["stall"] = True
        assert_failed(tmp_path, capsys, before, "timed out after 0.2 s")


@pytest.mark.parametrize(
    ("content_type", "body", "says"),
    [
        ("text/html; charset=utf-8", HTML, "HTML page"),
        ("text/plain", HTML, "HTML page"),  # sniffed: the content type lies
        (YAML, b"\n  <html><body>Checking your browser</body></html>", "HTML page"),
        (YAML, b"title: not a spec\n", "not an OpenAPI or Swagger document"),
        ("application/json", b'{"swagger": ', "not valid JSON"),
        (YAML, b"openapi: [3.1\n", "malformed YAML"),
        (YAML, b"\xff\xfeo\x00", "not usable"),
        (YAML, b"", "empty document"),
    ],
)
def test_a_body_the_format_does_not_expect_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content_type: str, body: bytes, says: str
) -> None:
    state = {"bad": False}

    def respond(_request: RecordedRequest) -> Reply:
        return Reply(raw=body, content_type=content_type) if state["bad"] else Reply(raw=V1, content_type=YAML)

    with loopback_server(respond) as server:
        before = captured_then(tmp_path, server)
        state["bad"] = True
        assert_failed(tmp_path, capsys, before, says)


def test_a_non_2xx_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    state = {"gone": False}
    with loopback_server(lambda _r: Reply(status=404) if state["gone"] else Reply(raw=V1, content_type=YAML)) as server:
        before = captured_then(tmp_path, server)
        state["gone"] = True
        assert_failed(tmp_path, capsys, before, "HTTP 404")


def test_a_redirect_to_plain_http_elsewhere_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    state = {"moved": False}

    def respond(_request: RecordedRequest) -> Reply:
        if state["moved"]:
            return Reply(status=302, headers={"Location": "http://vendor.example/openapi.yaml"})
        return Reply(raw=V1, content_type=YAML)

    with loopback_server(respond) as server:
        before = captured_then(tmp_path, server)
        state["moved"] = True
        count = len(server.requests)
        assert_failed(tmp_path, capsys, before, "refused a redirect to 'http://vendor.example/openapi.yaml'")
        assert len(server.requests) == count + 1  # not followed


def test_a_redirect_from_https_to_http_is_refused_even_on_loopback() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(301, headers={"Location": "http://127.0.0.1/openapi.yaml"})

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as client,
        pytest.raises(FetchError, match="leaves https for plain http"),
    ):
        fetch(client, "https://vendor.example/openapi.yaml", {}, Settings(backoff=0))
    assert seen == ["https://vendor.example/openapi.yaml"]


def test_a_redirect_within_https_is_followed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old.yaml":
            return httpx.Response(308, headers={"Location": "/new.yaml"})
        return httpx.Response(200, content=V1, headers={"ETag": '"n"'})

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        fetched = fetch(client, "https://vendor.example/old.yaml", {}, Settings(backoff=0))
    assert fetched.body == V1 and fetched.etag == '"n"'


def test_sources_of_a_run_are_updated_together_or_not_at_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state = {"second": False}

    def respond(request: RecordedRequest) -> Reply:
        if request.path == "/page.md":
            return Reply(raw=PAGE + (b"More.\n" if state["second"] else b""), content_type="text/markdown")
        return Reply(status=500) if state["second"] else Reply(raw=V1, content_type=YAML)

    with loopback_server(respond) as server:
        before = captured_then(tmp_path, server, page=True)
        state["second"] = True
        err = assert_failed(tmp_path, capsys, before)
        assert "sources/page.md: changed upstream, not written (another source failed)" in err


def test_a_body_over_the_budget_fails(tmp_path: Path) -> None:
    with (
        loopback_server(lambda _r: Reply(raw=V1 + b"#" * 100, content_type=YAML)) as server,
        httpx.Client() as client,
        pytest.raises(FetchError, match="over the budget of 64 bytes"),
    ):
        fetch(client, f"{server.url}/openapi.yaml", {}, Settings(backoff=0, limit=64))


def test_unknown_api_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "specs").mkdir()
    assert run(tmp_path, "nope") == 1
    assert "no API named nope" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://vendor.example/spec.yaml", "must use https"),
        ("ftp://vendor.example/spec.yaml", "must use https"),
        ("file:///etc/passwd", "must use https"),
        ("https://user:secret@vendor.example/spec.yaml", "credentials"),
        ("https:///spec.yaml", "no host"),
        ("https://vendor.example/a b", "spaces or control characters"),
        ("https://vendor.example:99999/", "malformed"),
    ],
)
def test_a_source_url_is_checked(tmp_path: Path, url: str, problem: str) -> None:
    assert problem in (url_problem(url) or "")
    folder = tmp_path / "tiny"
    folder.mkdir()
    (folder / "api.toml").write_text(
        f'[api]\nname = "tiny"\n[[sources]]\npath = "s.yaml"\nformat = "openapi"\nurl = "{url}"\n'
    )
    with pytest.raises(SpecFoundryError) as caught:
        load_api(folder, KNOWN_FORMATS)
    assert caught.value.place == "[[sources]] #1 url"


@pytest.mark.parametrize(
    "url", ["https://vendor.example/spec.yaml", "http://127.0.0.1:8080/s", "http://localhost/s", "http://[::1]:9/s"]
)
def test_a_source_with_a_url_may_not_be_captured_yet(tmp_path: Path, url: str) -> None:
    folder = tmp_path / "tiny"
    folder.mkdir()
    (folder / "api.toml").write_text(
        f'[api]\nname = "tiny"\n[[sources]]\npath = "sources/s.yaml"\nformat = "openapi"\nurl = "{url}"\n'
    )
    api = load_api(folder, KNOWN_FORMATS)
    assert api.sources[0].url == url and "url" not in api.sources[0].options


def test_a_hand_edited_capture_is_fetched_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with loopback_server(lambda _r: Reply(raw=V1, content_type=YAML, headers={"ETag": '"v1"'})) as server:
        folder = make_api(tmp_path, server)
        assert run(tmp_path) == 0
        (folder / "sources" / "openapi.yaml").write_bytes(V2)  # no longer what the lock describes
        assert run(tmp_path) == 0
        assert "If-None-Match" not in server.requests[1].headers
        assert (folder / "sources" / "openapi.yaml").read_bytes() == V1
        assert "updated" in capsys.readouterr().out


def test_an_unreadable_lock_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with loopback_server(lambda _r: Reply(raw=V1, content_type=YAML)) as server:
        folder = make_api(tmp_path, server)
        (folder / "sources.lock").write_text("{not json")
        before = snapshot(tmp_path)
        assert run(tmp_path) == 1
        err = capsys.readouterr().err
        assert "sources.lock" in err and "unreadable sources lock" in err
        assert snapshot(tmp_path) == before and not server.requests


def test_an_uncaptured_source_is_named_on_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with loopback_server(lambda _r: Reply(raw=V1, content_type=YAML)) as server:
        make_api(tmp_path, server)
        assert cli.main(["--root", str(tmp_path), "import", "tiny"]) == 1
        err = capsys.readouterr().err
        assert "has not been captured yet" in err and "specfoundry update tiny" in err
        assert not server.requests  # import never fetches


def test_the_timeout_option_overrides_the_environment(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with loopback_server(lambda _r: Reply(raw=V1, content_type=YAML, delay=1.0)) as server:
        make_api(tmp_path, server)
        assert run(tmp_path, "--timeout", "0.1") == 1
        assert "timed out after 0.1 s" in capsys.readouterr().err
        assert not (tmp_path / "specs" / "tiny" / "sources.lock").exists()
        assert not (tmp_path / "specs" / "tiny" / "sources" / "openapi.yaml").exists()
        assert run(tmp_path, "--timeout", "0") == 1
        assert "--timeout must be a positive number" in capsys.readouterr().err


def test_only_update_uses_the_network(tmp_path: Path) -> None:
    """A captured source with a url: import, lint and regenerate run under an audit hook that refuses any
    connection or DNS lookup (the hostile harness), and never try."""
    from tests.hostile.harness import TINY_SPEC, assert_no_side_effects, scratch

    space = scratch(tmp_path)
    space.api(
        api_toml=(
            '[api]\nname = "tiny"\n\n[[sources]]\npath = "sources/page.md"\nformat = "openapi"\n'
            'url = "https://vendor.example/openapi.yaml"\n\n[[targets]]\nkind = "client"\npackage = "tiny-client"\n'
        ),
        page=TINY_SPEC,
    )
    for args in (["import", "tiny"], ["lint", "--uncurated", "tiny"], ["regenerate", "tiny"]):
        result = space.run(*args)
        assert result.returncode == 0, result.stderr
    assert_no_side_effects(space)
    result = space.run("update", "tiny")  # the hook refuses the connection: a clean failure, nothing written
    assert result.returncode == 1 and "tiny: sources/page.md: failed:" in result.stderr, result.stderr
    assert "url: https://vendor.example/openapi.yaml" in result.stderr
