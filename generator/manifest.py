"""A generated package's manifest: the hash of every file SpecFoundry wrote into it.

It tells a package as generated from one that was edited by hand since. Only a pristine package's public
surface is compared when the spec did not change (a template or normalization change that alters the
package is a release); an edited one is repaired, not released.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

MANIFEST = ".specfoundry-manifest.json"
_SKIPPED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build"}


def _files(package: Path) -> dict[str, str]:
    return {
        path.relative_to(package).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(package.rglob("*"))
        if path.is_file()
        and path.name != MANIFEST
        and not _SKIPPED_PARTS.intersection(path.relative_to(package).parts)
        and not any(part.endswith(".egg-info") for part in path.relative_to(package).parts)
    }


def write_manifest(package: Path) -> None:
    text = json.dumps({"generator": "specfoundry", "files": _files(package)}, indent=1, sort_keys=True)
    (package / MANIFEST).write_text(text + "\n", encoding="utf-8")


def is_pristine(package: Path) -> bool:
    """True when the package's files are exactly those its manifest lists."""
    try:
        recorded = json.loads((package / MANIFEST).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return bool(recorded == _files(package))
