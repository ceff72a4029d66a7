"""Skip an API whose inputs and outputs are exactly as the last successful run left them.

The key is a content hash of everything that can change the output: the API folder (sources, overlays,
api.toml), templates/, SpecFoundry's own code and the versions of the tools it drives. The outputs (the
curated spec and every generated package) are hashed too, so a hand edit or a checkout of other outputs
is never served as up to date: only the exact pair (inputs, outputs) recorded after a run is skipped.
This module stays import-light on purpose: a no-op `regenerate` must not load the pipeline.
"""

from __future__ import annotations

import functools
import hashlib
import json
import tomllib
from dataclasses import asdict
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from generator.errors import Diagnostic, Level
from generator.transaction import JOURNAL

CACHE_DIR = ".specfoundry-cache"
CURATED_SPEC = "openapi.yaml"
_TOOLS = ("openapi-python-client", "datamodel-code-generator", "ruff", "jinja2", "ruamel.yaml", "jsonpath-rfc9535")
_SKIPPED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build"}


def _tree_digest(digest: hashlib._Hash, root: Path, folder: Path, skip: frozenset[Path] = frozenset()) -> None:
    if folder.is_file():
        files = [folder]
    else:
        files = sorted(
            path
            for path in folder.rglob("*")
            if path.is_file()
            and path not in skip
            and not _SKIPPED_PARTS.intersection(path.relative_to(folder).parts)
            and not any(part.endswith(".egg-info") for part in path.parts)
        )
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")


def _packages(api_folder: Path) -> list[str]:
    try:
        raw = tomllib.loads((api_folder / "api.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return []
    return sorted(str(target.get("package")) for target in raw.get("targets", []) if isinstance(target, dict))


def input_key(root: Path, api_folder: Path) -> str:
    digest = hashlib.sha256()
    _tree_digest(digest, root, api_folder, skip=frozenset({api_folder / CURATED_SPEC}))
    _tree_digest(digest, root, root / "templates")
    digest.update(_code_digest().encode())
    _tool_versions(digest, _TOOLS)
    return digest.hexdigest()


@functools.cache
def _code_digest() -> str:
    """SpecFoundry's own code, hashed once per process (several keys of a run include it)."""
    digest = hashlib.sha256()
    generator = Path(__file__).resolve().parent
    _tree_digest(digest, generator.parent, generator)
    return digest.hexdigest()


def _tool_versions(digest: hashlib._Hash, tools: tuple[str, ...]) -> None:
    for tool in tools:
        try:
            digest.update(f"{tool}={version(tool)}\0".encode())
        except PackageNotFoundError:
            digest.update(f"{tool}=missing\0".encode())


def output_key(root: Path, api_folder: Path) -> str:
    digest = hashlib.sha256()
    outputs = [api_folder / CURATED_SPEC, *(root / "generated" / package for package in _packages(api_folder))]
    for output in outputs:
        digest.update(b"present\0" if output.exists() else b"absent\0")
        if output.exists():
            _tree_digest(digest, root, output)
    return digest.hexdigest()


def _record_path(root: Path, api_name: str) -> Path:
    return root / CACHE_DIR / f"{api_name}.json"


def is_fresh(root: Path, api_folder: Path) -> bool:
    """True when the last successful run saw these exact inputs and left these exact outputs."""
    if (root / JOURNAL).exists():
        return False  # a swap is still pending: the outputs on disk are not the ones any run left
    try:
        record = json.loads(_record_path(root, api_folder.name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(
        record.get("inputs") == input_key(root, api_folder) and record.get("outputs") == output_key(root, api_folder)
    )


def remember(root: Path, api_folder: Path) -> None:
    """Record the pair after a successful run (never after a failed one)."""
    path = _record_path(root, api_folder.name)
    path.parent.mkdir(exist_ok=True)
    record = {"inputs": input_key(root, api_folder), "outputs": output_key(root, api_folder)}
    path.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


# -- lint findings -----------------------------------------------------------------------------------------
# Linting the full Simpro spec takes seconds (openapi-spec-validator) and gives the same findings for the same
# text: a clean result is kept per API, keyed by the text, its file name, SpecFoundry's code and the
# validators' versions. Only clean results are kept: a failing lint runs again (its errors name their origin).
_LINT_TOOLS = ("openapi-spec-validator", "openapi-schema-validator", "jsonschema", "jsonschema-path")


def lint_key(text: str, file: str) -> str:
    digest = hashlib.sha256()
    digest.update(f"{file}\0".encode())
    digest.update(text.encode("utf-8"))
    digest.update(_code_digest().encode())
    _tool_versions(digest, _LINT_TOOLS)
    return digest.hexdigest()


def _lint_record_path(root: Path, api_name: str) -> Path:
    return root / CACHE_DIR / "lint" / f"{api_name}.json"


def known_findings(root: Path, api_name: str, key: str) -> list[Diagnostic] | None:
    """The findings of a clean lint of exactly this input, or None (never linted, or something changed)."""
    try:
        record = json.loads(_lint_record_path(root, api_name).read_text(encoding="utf-8"))
        if record["key"] != key:
            return None
        return [
            Diagnostic(Level(item["level"]), item["message"], item["file"], item["place"], item["fix"], item["code"])
            for item in record["findings"]
        ]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing, damaged or from another version: lint again


def remember_findings(root: Path, api_name: str, key: str, findings: list[Diagnostic]) -> None:
    """Keep a clean lint's findings. A run killed while writing leaves a torn record, which is no JSON and
    so is read as no record at all."""
    path = _lint_record_path(root, api_name)
    record = {"key": key, "findings": [{**asdict(item), "level": item.level.value} for item in findings]}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    except OSError:
        pass  # a read-only checkout lints every time
