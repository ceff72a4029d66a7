"""The real-world corpus (../shared/corpus/openapi-realworld/) as a scratch SpecFoundry repo, one API folder
per document, and bare openapi-python-client on the same documents: shared by tests/test_realworld.py and
benchmarks/realworld.py."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "openapi-realworld"


def documents() -> list[Path]:
    return sorted(path for path in CORPUS.rglob("*.json") if path.is_file())


def api_name(document: Path) -> str:
    """`3.0-callbacks.json` → `oas30-callbacks`, `twilio_proxy_v1.json` → `twilio-proxy-v1`."""
    stem = document.stem.lower()
    if stem[0].isdigit():
        stem = "oas" + stem.replace(".", "", 1)
    return re.sub(r"[^a-z0-9]+", "-", stem).strip("-")


def import_name(document: Path) -> str:
    return f"{api_name(document)}-client".replace("-", "_")


def build_repo(root: Path, docs: list[Path], *, models: bool = False) -> Path:
    """A repo with templates/ and one API folder per document (format "openapi", a client target)."""
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "generated").mkdir(parents=True)
    for document in docs:
        name = api_name(document)
        folder = root / "specs" / name
        (folder / "sources").mkdir(parents=True)
        shutil.copyfile(document, folder / "sources" / document.name)
        targets = f'[[targets]]\nkind = "client"\npackage = "{name}-client"\n'
        if models:
            targets += f'\n[[targets]]\nkind = "models"\npackage = "{name}-models"\n'
        (folder / "api.toml").write_text(
            f'[api]\nname = "{name}"\ntitle = "{name}"\n\n'
            f'[[sources]]\npath = "sources/{document.name}"\nformat = "openapi"\n\n{targets}',
            encoding="utf-8",
        )
    return root


def bare_generate(document: Path, output: Path, env: dict[str, str] | None = None) -> bool:
    """Bare `openapi-python-client generate` (no config, no templates); True if it wrote a package."""
    command = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        "--path",
        str(document),
        "--output-path",
        str(output),
        "--meta",
        "none",
    ]
    subprocess.run(command, capture_output=True, text=True, check=False, timeout=600, env=env)
    return output.is_dir() and any(output.glob("*.py"))


def import_all(packages: dict[str, Path]) -> dict[str, str]:
    """Import every module of every package in one fresh Python; name → "" or the first error."""
    script = (
        "import importlib, pkgutil, sys, json\n"
        "results = {}\n"
        "for name, parent in json.loads(sys.argv[1]).items():\n"
        "    sys.path.insert(0, parent)\n"
        "    try:\n"
        "        package = importlib.import_module(name)\n"
        "        for info in pkgutil.walk_packages(package.__path__, name + '.'):\n"
        "            importlib.import_module(info.name)\n"
        "        results[name] = ''\n"
        "    except BaseException as error:\n"
        "        results[name] = f'{type(error).__name__}: {error}'[:300]\n"
        "    sys.path.remove(parent)\n"
        "print(json.dumps(results))\n"
    )
    import json

    found = subprocess.run(
        [sys.executable, "-c", script, json.dumps({name: str(parent) for name, parent in packages.items()})],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    return dict(json.loads(found.stdout.splitlines()[-1]))


def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="specfoundry-realworld-"))


def bare_generate_all(docs: list[Path], output: Path, workers: int = 2) -> dict[str, bool]:
    """Bare openapi-python-client on every document, `workers` at a time; API name → wrote a package."""
    from concurrent.futures import ThreadPoolExecutor

    output.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(workers) as pool:
        done = pool.map(lambda document: bare_generate(document, output / api_name(document)), docs)
        return {api_name(document): ok for document, ok in zip(docs, done, strict=True)}


def importable_links(packages: dict[str, Path], links: Path) -> dict[str, Path]:
    """Bare packages are written straight into a folder named after the API: link them under import names."""
    links.mkdir(parents=True, exist_ok=True)
    for name, folder in packages.items():
        (links / name).symlink_to(folder)
    return dict.fromkeys(packages, links)


def mypy_failures(packages: dict[str, Path]) -> set[str]:
    """`mypy --strict` once over every package (import name → parent folder); the names with errors."""
    parents = sorted({str(parent) for parent in packages.values()})
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null"]
    for name in sorted(packages):
        command += ["-p", name]
    found = subprocess.run(
        command,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
        env={"PATH": str(Path(sys.executable).parent), "MYPYPATH": ":".join(parents)},
    )
    failing = set()
    for line in found.stdout.splitlines():
        if ": error:" in line:
            path = Path(line.split(":", 1)[0])
            failing.update(part for part in path.parts if part in packages)
    return failing
