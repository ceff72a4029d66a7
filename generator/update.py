"""`specfoundry update`: fetch the sources that carry a `url` and capture the ones that changed.

This is the only module of SpecFoundry that uses the network; import, lint and regenerate never do.

Each source with a `url` is fetched with httpx: a timeout per request, a few retries with backoff on
connection errors, timeouts and 5xx, and a conditional request (If-None-Match / If-Modified-Since) from
what `specs/<api>/sources.lock` recorded for the captured copy. Redirects are followed by hand, each hop
checked like the url itself (https only, never down to http). A body must be what the source's format
expects: not an HTML page (a login or challenge page), UTF-8 text within the size budget, and for
`openapi` a mapping with `openapi` or `swagger`.

All the sources of a run are written together or not at all: the new files and locks are staged and swapped
in with generator.transaction, and only when every fetch succeeded. The lock is JSON, keys sorted; an
entry changes only when the captured content or the server's validators do, so an unchanged upstream
leaves the repo unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from generator import __version__, transaction
from generator.budgets import MAX_SOURCE_BYTES
from generator.config import ApiConfig, SourceConfig, discover_apis, load_api, url_problem
from generator.errors import SpecFoundryError, shown
from generator.textfiles import decode_document
from generator.yamlio import load_yaml

LOCK_FILE = "sources.lock"
LOCK_FORMAT = "specfoundry-sources-lock/1"
TIMEOUT_ENV = "SPECFOUNDRY_FETCH_TIMEOUT"  # seconds per request (connect, read, ...); default 30
BACKOFF_ENV = "SPECFOUNDRY_FETCH_BACKOFF"  # seconds before the first retry, doubled each time; default 1
DEFAULT_TIMEOUT = 30.0
DEFAULT_BACKOFF = 1.0
ATTEMPTS = 3
MAX_REDIRECTS = 5


class FetchError(Exception):
    """Why one source could not be fetched (the message names neither API nor source: the caller does)."""


@dataclass(frozen=True)
class Fetched:
    status: int  # 200 or 304
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Outcome:
    api: str
    source: str  # the path relative to the API folder
    url: str
    state: str  # "unchanged", "updated", "failed"
    detail: str = ""


@dataclass(frozen=True)
class Settings:
    timeout: float = DEFAULT_TIMEOUT
    backoff: float = DEFAULT_BACKOFF
    attempts: int = ATTEMPTS
    limit: int = MAX_SOURCE_BYTES

    @classmethod
    def from_env(cls, timeout: float | None = None) -> Settings:
        return cls(
            timeout=timeout if timeout is not None else _env_seconds(TIMEOUT_ENV, DEFAULT_TIMEOUT),
            backoff=_env_seconds(BACKOFF_ENV, DEFAULT_BACKOFF),
        )


def _env_seconds(name: str, default: float) -> float:
    text = os.environ.get(name)
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0:  # also refuses NaN
        raise SpecFoundryError(f"{name}={text!r} is not a number of seconds", fix=f"set {name} to e.g. 30")
    return value


def update(root: Path, names: list[str], settings: Settings) -> list[Outcome]:
    """Fetch every source with a url of the named APIs (all by default); write only if all succeeded."""
    folders = [folder for folder in discover_apis(root / "specs") if not names or folder.name in names]
    missing = sorted(set(names) - {folder.name for folder in folders})
    if missing:
        raise SpecFoundryError(
            f"no API named {', '.join(missing)} under specs/", fix="give API folder names (specs/<api>/)"
        )
    from generator.importers import KNOWN_FORMATS

    apis = [load_api(folder, KNOWN_FORMATS) for folder in folders]
    outcomes: list[Outcome] = []
    writes: list[tuple[Path, bytes]] = []
    with httpx.Client(follow_redirects=False, timeout=settings.timeout, headers=_HEADERS) as client:
        for api in apis:
            with_url = [source for source in api.sources if source.url]
            if not with_url:
                continue
            old_lock = read_lock(api)
            entries: dict[str, Any] = {}
            new_lock = {"format": LOCK_FORMAT, "sources": entries}
            for source in with_url:
                outcome, entry, content = _update_source(client, api, source, old_lock["sources"], settings)
                outcomes.append(outcome)
                if entry is not None:
                    entries[outcome.source] = entry
                if content is not None:
                    writes.append((source.path, content))
            if render_lock(new_lock) != render_lock(old_lock):
                writes.append((api.folder / LOCK_FILE, render_lock(new_lock)))
    if writes and not any(outcome.state == "failed" for outcome in outcomes):
        _swap(root, writes)
    return outcomes


_HEADERS = {"User-Agent": f"specfoundry/{__version__}", "Accept-Encoding": "gzip, deflate"}


def _update_source(
    client: httpx.Client, api: ApiConfig, source: SourceConfig, lock: dict[str, Any], settings: Settings
) -> tuple[Outcome, dict[str, Any] | None, bytes | None]:
    """The outcome, the lock entry to record and the new content to write (None: leave the file)."""
    assert source.url is not None
    relative = source.path.relative_to(api.folder).as_posix()
    outcome = Outcome(api=api.name, source=relative, url=source.url, state="unchanged")
    current = source.path.read_bytes() if source.path.is_file() else None
    current_sha = hashlib.sha256(current).hexdigest() if current is not None else None
    entry = lock.get(relative)
    entry = entry if isinstance(entry, dict) and entry.get("url") == source.url else None
    conditional: dict[str, str] = {}
    if entry is not None and current_sha is not None and entry.get("sha256") == current_sha:
        if isinstance(entry.get("etag"), str):
            conditional["If-None-Match"] = entry["etag"]
        if isinstance(entry.get("last_modified"), str):
            conditional["If-Modified-Since"] = entry["last_modified"]
    else:
        entry = None  # the captured copy is not what the lock describes: fetch it whole
    try:
        fetched = fetch(client, source.url, conditional, settings)
        if fetched.status == 304 and not conditional:
            raise FetchError("HTTP 304 to a request that was not conditional")
        if fetched.status == 304:
            outcome.detail = "not modified (304)"
            return outcome, entry, None
        check_body(fetched.body, source.format, relative)
    except FetchError as error:
        outcome.state = "failed"
        outcome.detail = str(error)
        return outcome, entry, None
    sha = hashlib.sha256(fetched.body).hexdigest()
    same = sha == current_sha
    new_entry: dict[str, Any] = {
        "url": source.url,
        "fetched_at": entry["fetched_at"] if same and entry else _now(),
        "size": len(fetched.body),
        "sha256": sha,
    }
    if fetched.etag:
        new_entry["etag"] = fetched.etag
    if fetched.last_modified:
        new_entry["last_modified"] = fetched.last_modified
    if same:
        outcome.detail = f"same content (sha256 {sha[:12]})"
        return outcome, new_entry, None
    outcome.state = "updated"
    old = f"{len(current):,} bytes, sha256 {current_sha[:12]}" if current is not None and current_sha else "none"
    outcome.detail = f"{old} → {len(fetched.body):,} bytes, sha256 {sha[:12]}"
    return outcome, new_entry, fetched.body


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def fetch(client: httpx.Client, url: str, conditional: dict[str, str], settings: Settings) -> Fetched:
    """GET `url` (redirects followed by hand, each hop checked), retrying connection errors, timeouts and 5xx."""
    for _hop in range(MAX_REDIRECTS + 1):
        response = _get_with_retries(client, url, conditional, settings)
        if response.status not in (301, 302, 303, 307, 308):
            return response.fetched
        location = response.location
        if not location:
            raise FetchError(f"HTTP {response.status} redirect without a Location header")
        target = urljoin(url, location)
        problem = url_problem(target)
        if problem is None and urlsplit(url).scheme == "https" and urlsplit(target).scheme != "https":
            problem = "leaves https for plain http"
        if problem:
            raise FetchError(f"refused a redirect to {shown(target)}: it {problem}")
        url = target
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


@dataclass(frozen=True)
class _Response:
    status: int
    fetched: Fetched
    location: str | None = None


def _get_with_retries(client: httpx.Client, url: str, conditional: dict[str, str], settings: Settings) -> _Response:
    problem = ""
    for attempt in range(settings.attempts):
        if attempt:
            time.sleep(settings.backoff * 2 ** (attempt - 1))
        try:
            response = _get(client, url, conditional, settings.limit)
        except httpx.TimeoutException:
            problem = f"timed out after {settings.timeout:g} s"
            continue
        except httpx.TransportError as error:
            problem = f"connection failed ({type(error).__name__}: {error})"
            continue
        if response.status >= 500:
            problem = f"HTTP {response.status} from the server"
            continue
        return response
    raise FetchError(f"{problem} ({settings.attempts} attempts)")


def _get(client: httpx.Client, url: str, conditional: dict[str, str], limit: int) -> _Response:
    with client.stream("GET", url, headers=conditional) as response:
        status = response.status_code
        if status in (301, 302, 303, 307, 308):
            return _Response(status, Fetched(status), response.headers.get("Location"))
        if status == 304:
            return _Response(status, Fetched(304))
        if status >= 500:
            return _Response(status, Fetched(status))
        if not 200 <= status < 300:
            raise FetchError(f"HTTP {status} {response.reason_phrase}".rstrip())
        if status != 200:
            raise FetchError(f"HTTP {status}: expected 200 with the document")
        content_type = response.headers.get("Content-Type", "").lower()
        if "text/html" in content_type or "application/xhtml" in content_type:
            raise FetchError(f"the server sent an HTML page (Content-Type {shown(content_type)}), not the document")
        body = bytearray()
        for chunk in response.iter_bytes():
            body.extend(chunk)
            if len(body) > limit:
                raise FetchError(f"the document is over the budget of {limit:,} bytes for one file")
        return _Response(
            status,
            Fetched(
                status,
                bytes(body),
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
            ),
        )


_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")


def check_body(body: bytes, fmt: str, name: str) -> None:
    """Refuse a body that is not what `fmt` expects: HTML, non-UTF-8 or binary text, a non-OpenAPI document."""
    start = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:64].lower()
    if start.startswith(_HTML_STARTS) or (start.startswith(b"<?xml") and b"<html" in body[:1024].lower()):
        raise FetchError("the server sent an HTML page (a login or challenge page?), not the document")
    if not body.strip():
        raise FetchError("the server sent an empty document")
    try:
        text = decode_document(body, name)
        if fmt == "openapi":
            document = json.loads(text) if text.lstrip().startswith("{") else load_yaml(text, file=name)
            if not isinstance(document, dict) or not ("openapi" in document or "swagger" in document):
                raise FetchError("the document is not an OpenAPI or Swagger document (no `openapi` or `swagger` key)")
    except SpecFoundryError as error:
        raise FetchError(f"the document is not usable: {error.message}") from None
    except ValueError as error:  # json.JSONDecodeError
        raise FetchError(f"the document is not valid JSON: {error}") from None


def read_lock(api: ApiConfig) -> dict[str, Any]:
    path = api.folder / LOCK_FILE
    if not path.exists():
        return {"format": LOCK_FORMAT, "sources": {}}
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(record, dict) or record.get("format") != LOCK_FORMAT:
            raise ValueError(f"not a {LOCK_FORMAT} document")
        if not isinstance(record.get("sources"), dict):
            raise ValueError("`sources` is not an object")
    except (OSError, ValueError) as error:
        raise SpecFoundryError(
            f"unreadable sources lock ({error})",
            file=path,
            fix="restore it from git, or delete it: the next update fetches every source whole",
        ) from None
    return record


def render_lock(lock: dict[str, Any]) -> bytes:
    return (json.dumps(lock, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def _swap(root: Path, writes: list[tuple[Path, bytes]]) -> None:
    with transaction.staging_area(root) as staging:
        pairs = []
        for index, (target, content) in enumerate(writes):
            staged = staging / f"{index}-{target.name}"
            staged.write_bytes(content)
            pairs.append((staged, target))
        transaction.commit(root, staging, pairs)


def report(outcomes: list[Outcome]) -> tuple[list[str], bool]:
    """Lines to print and whether every source succeeded."""
    failed = any(outcome.state == "failed" for outcome in outcomes)
    lines = []
    for outcome in outcomes:
        label = f"{outcome.api}: {outcome.source}"
        if outcome.state == "failed":
            lines.append(f"{label}: failed: {outcome.detail}\n  url: {outcome.url}")
        elif outcome.state == "updated" and failed:
            lines.append(f"{label}: changed upstream, not written (another source failed): {outcome.detail}")
        else:
            lines.append(f"{label}: {outcome.state}: {outcome.detail}")
    return lines, not failed
