"""Shared fixtures: repo paths, a scratch copy of the repo, free loopback ports and the Prism mock server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
NODE_BIN = REPO / "node_modules" / ".bin"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    assert SHARED.is_dir(), f"tests read the vendor documents from {SHARED}"
    return SHARED


def copy_repo(destination: Path, apis: tuple[str, ...] = ("lucca-invoices",)) -> Path:
    """A scratch copy of what the pipeline reads and writes (no venv, no node_modules), holding the APIs
    named (by default only Lucca: the full Simpro reference takes a minute or two to regenerate, and the
    CLI behaviour these copies test is the same for every API)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "build", ".mypy_cache", ".ruff_cache")
    shutil.copytree(REPO / "templates", destination / "templates", ignore=ignore)
    (destination / "specs").mkdir(parents=True)
    (destination / "generated").mkdir()
    for api in apis:
        shutil.copytree(REPO / "specs" / api, destination / "specs" / api, ignore=ignore)
        for package in (REPO / "generated").iterdir():
            if package.name.startswith(f"{api}-"):
                shutil.copytree(package, destination / "generated" / package.name, ignore=ignore)
    return destination


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    return copy_repo(tmp_path / "repo")


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the installed `specfoundry` command as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
        timeout=600,
    )


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under specs/ and generated/, for 'nothing changed' assertions."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for folder in ("specs", "generated")
        for path in sorted((root / folder).rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[Path], str]]:
    """Start the real Prism mock server (request validation on) for a spec; returns its base URL."""
    processes: list[subprocess.Popen[bytes]] = []
    started: dict[Path, str] = {}

    def start(spec: Path) -> str:
        if spec in started:
            return started[spec]
        binary = NODE_BIN / "prism"
        assert binary.exists(), "Prism is not installed: run `npm ci`"
        port = free_port()
        log_path = tmp_path_factory.mktemp("prism") / "prism.log"
        log = open(log_path, "wb")  # noqa: SIM115 - lives as long as the server
        process = subprocess.Popen(
            [str(binary), "mock", "--host", "127.0.0.1", "--port", str(port), "--errors", str(spec)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        processes.append(process)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"Prism exited: {log_path.read_text(errors='replace')}")
            try:
                httpx.get(url, timeout=1)
                started[spec] = url
                return url
            except httpx.TransportError:
                time.sleep(0.3)
        raise RuntimeError("Prism did not start within 60 s")

    yield start
    for process in processes:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
