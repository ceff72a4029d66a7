"""Comparing a run's staged outputs with the committed tree. Staging and the swap itself live in
generator.transaction."""

from __future__ import annotations

import filecmp
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Output:
    """One thing a run produces: a file or a folder, at `relative` under the repo root."""

    relative: Path


def differences(staged: Path, committed: Path) -> list[str]:
    """Paths (relative to `committed`'s parent) that differ between a staged and a committed output."""
    if staged.is_file() or committed.is_file():
        same = staged.is_file() and committed.is_file() and filecmp.cmp(staged, committed, shallow=False)
        return [] if same else [committed.name]
    if not committed.exists():
        return [f"{committed.name}/ (new)"]
    changed: list[str] = []
    staged_files = _files(staged)
    committed_files = _files(committed)
    for relative in sorted(staged_files | committed_files):
        left, right = staged / relative, committed / relative
        if relative not in committed_files:
            changed.append(f"{committed.name}/{relative} (new)")
        elif relative not in staged_files:
            changed.append(f"{committed.name}/{relative} (removed)")
        elif not filecmp.cmp(left, right, shallow=False):
            changed.append(f"{committed.name}/{relative}")
    return changed


_IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


def _files(folder: Path) -> set[str]:
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file()
        and not _IGNORED_PARTS.intersection(path.relative_to(folder).parts)
        and not any(part.endswith(".egg-info") for part in path.relative_to(folder).parts)
    }
