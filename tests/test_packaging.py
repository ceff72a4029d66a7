"""The generated packages as distributions: they declare exactly what their code imports, build into an
sdist and a wheel that `twine check` accepts, carry api.toml's license, classifiers and URLs, and once
published to a real local package index (pypiserver, started here) install from it by name and version
into a fresh virtualenv and import."""

from __future__ import annotations

import ast
import email
import os
import shutil
import subprocess
import sys
import time
import tomllib
import zipfile
from collections.abc import Iterator
from importlib.metadata import packages_distributions
from pathlib import Path

import httpx
import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from generator.config import load_api
from tests.conftest import free_port

REPO = Path(__file__).resolve().parents[1]
GENERATED = REPO / "generated"
PACKAGES = sorted(path.name for path in GENERATED.iterdir() if (path / "pyproject.toml").is_file())
API_OF = {"lucca-invoices-client": "lucca-invoices", "lucca-invoices-models": "lucca-invoices"}
API_OF |= {"simpro-client": "simpro", "simpro-models": "simpro"}
PYPISERVER = [sys.executable, "-m", "pypiserver", "run", "--host", "127.0.0.1"]
TWINE_UPLOAD = [sys.executable, "-m", "twine", "upload", "--non-interactive", "-u", "publisher", "-p", "unused"]


def project(package: str) -> dict[str, object]:
    data = tomllib.loads((GENERATED / package / "pyproject.toml").read_text(encoding="utf-8"))
    table = data["project"]
    assert isinstance(table, dict)
    return table


def imported_distributions(package: str) -> set[str]:
    """The distributions the package's code imports (standard library and the package itself left out)."""
    import_name = package.replace("-", "_")
    modules: set[str] = set()
    for path in (GENERATED / package / import_name).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    third_party = modules - set(sys.stdlib_module_names) - {"__future__", import_name}
    owners = packages_distributions()
    missing = sorted(module for module in third_party if module not in owners)
    assert not missing, f"{package} imports {missing}, which no installed distribution provides"
    return {canonicalize_name(owners[module][0]) for module in third_party}


@pytest.mark.parametrize("package", PACKAGES)
def test_declared_dependencies_are_exactly_the_imported_ones(package: str) -> None:
    dependencies = project(package)["dependencies"]
    assert isinstance(dependencies, list)
    declared = {canonicalize_name(Requirement(str(item)).name) for item in dependencies}
    assert declared == imported_distributions(package)
    assert "python-dateutil" not in declared


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An sdist and a wheel of every generated package, built as a publisher would (`python -m build`),
    from copies (a build leaves build/ and *.egg-info behind)."""
    scratch = tmp_path_factory.mktemp("build")
    out = scratch / "dist"
    for package in PACKAGES:
        source = shutil.copytree(GENERATED / package, scratch / package)
        result = subprocess.run(
            [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(out), str(source)],
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out


def wheel_metadata(dists: Path, package: str) -> email.message.Message:
    version = str(project(package)["version"])
    wheel = dists / f"{package.replace('-', '_')}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        name = next(item for item in archive.namelist() if item.endswith(".dist-info/METADATA"))
        return email.message_from_bytes(archive.read(name))


def test_every_package_builds_and_passes_twine_check(dists: Path) -> None:
    built = sorted(path.name for path in dists.iterdir())
    assert len(built) == 2 * len(PACKAGES), built
    result = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, sorted(dists.iterdir()))],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("PASSED") == len(built)


@pytest.mark.parametrize("package", PACKAGES)
def test_the_wheel_carries_the_license_classifiers_and_urls_of_api_toml(dists: Path, package: str) -> None:
    api = load_api(REPO / "specs" / API_OF[package], ("mintlify-export", "mintlify-rendered", "widdershins"))
    metadata = wheel_metadata(dists, package)
    assert metadata["License-Expression"] == api.package.license
    classifiers = metadata.get_all("Classifier") or []
    assert set(api.package.classifiers) <= set(classifiers)
    assert "Typing :: Typed" in classifiers
    urls = metadata.get_all("Project-URL") or []
    for label, url in api.package.urls:
        assert f"{label}, {url}" in urls
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert f"pip install {package}=={metadata['Version']}" in str(metadata.get_payload())


@pytest.fixture
def package_index(tmp_path: Path) -> Iterator[str]:
    """A real package index (pypiserver) on a loopback port, accepting uploads without credentials."""
    storage = tmp_path / "index"
    storage.mkdir()
    port = free_port()
    log = tmp_path / "pypiserver.log"
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [*PYPISERVER, "--port", str(port), "--authenticate", ".", "--passwords", ".", str(storage)],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, log.read_text(errors="replace")
            try:
                if httpx.get(f"{url}/simple/", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "pypiserver did not start: " + log.read_text(errors="replace")
            time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def test_published_packages_install_by_version_from_the_index(dists: Path, package_index: str, tmp_path: Path) -> None:
    upload = subprocess.run(
        [*TWINE_UPLOAD, "--repository-url", f"{package_index}/", *map(str, sorted(dists.iterdir()))],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert upload.returncode == 0, upload.stdout + upload.stderr
    listing = httpx.get(f"{package_index}/simple/", timeout=10).text
    assert all(package in listing for package in PACKAGES), listing

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    pins = [f"{package}=={project(package)['version']}" for package in PACKAGES]
    # The index serves our packages; what it does not hold (httpx, pydantic, ...) it redirects to its
    # fallback, and pip's own configuration applies as on any machine.
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--index-url", f"{package_index}/simple/", *pins],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    assert install.returncode == 0, install.stdout[-4000:] + install.stderr[-4000:]
    for package in PACKAGES:
        wheel = f"{package.replace('-', '_')}-{project(package)['version']}-py3-none-any.whl"
        assert f"{package_index}/packages/{wheel}" in install.stdout, install.stdout[-4000:]

    probe = (
        "import importlib, importlib.metadata, sys\n"
        "for name in sys.argv[1:]:\n"
        "    module = importlib.import_module(name.replace('-', '_'))\n"
        "    print(name, importlib.metadata.version(name), module.__file__)\n"
    )
    result = subprocess.run(
        [str(python), "-c", probe, *PACKAGES], capture_output=True, text=True, check=False, timeout=300, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    lines = dict((line.split(" ", 1)[0], line.split(" ", 2)[1:]) for line in result.stdout.splitlines())
    for package in PACKAGES:
        version, location = lines[package]
        assert version == project(package)["version"]
        assert Path(location).is_relative_to(venv), location
