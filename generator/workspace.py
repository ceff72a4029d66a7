"""Where a run writes: a staging folder beside specs/ and generated/, swapped in only when every API
succeeded, so a failed run leaves the committed tree exactly as it was."""

from __future__ import annotations

import filecmp
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Output:
    """One thing a run produces: a file or a folder, at `relative` under the repo root."""

    relative: Path


@contextmanager
def staging_area(root: Path) -> Iterator[Path]:
    """A scratch folder on the same filesystem as the outputs (so the final moves are renames)."""
    folder = Path(tempfile.mkdtemp(prefix=".specfoundry-staging-", dir=root))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


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


def swap_in(pairs: list[tuple[Path, Path]], backup_dir: Path) -> None:
    """Move each staged path over its target; if any move fails, put every target back as it was."""
    done: list[tuple[Path, Path | None]] = []
    try:
        for staged, target in pairs:
            backup: Path | None = None
            if target.exists():
                backup = backup_dir / f"{len(done)}-{target.name}"
                os.replace(target, backup)
            target.parent.mkdir(parents=True, exist_ok=True)
            done.append((target, backup))
            os.replace(staged, target)
    except OSError:
        for target, backup in reversed(done):
            if target.is_dir():
                shutil.rmtree(target, ignore_errors=True)
            elif target.exists():
                target.unlink()
            if backup is not None:
                os.replace(backup, target)
        raise
