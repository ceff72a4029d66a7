"""Read an older version of a file or folder from git (for `diff --base` and `check --fail-on`)."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from generator.errors import SpecFoundryError


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)
    except FileNotFoundError:
        raise SpecFoundryError(
            "git is not installed", fix="install git, or compare two files with `diff OLD NEW`"
        ) from None


def check_revision(root: Path, revision: str) -> None:
    completed = _git(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    if completed.returncode != 0:
        raise SpecFoundryError(
            f"unknown git revision {revision!r}",
            file=root,
            fix="give a commit, branch or tag of this repository (e.g. HEAD, origin/main)",
        )


def read_file(root: Path, revision: str, relative: str) -> str | None:
    """The file's text at `revision`, or None when it did not exist there."""
    check_revision(root, revision)
    completed = _git(root, "show", f"{revision}:{relative}")
    if completed.returncode != 0:
        return None
    return completed.stdout.decode("utf-8")


def export_folder(root: Path, revision: str, relative: str, destination: Path) -> bool:
    """Extract the folder as it was at `revision` into `destination`; False when it did not exist."""
    check_revision(root, revision)
    completed = _git(root, "archive", "--format=tar", revision, "--", relative)
    if completed.returncode != 0:
        return False
    with tarfile.open(fileobj=io.BytesIO(completed.stdout)) as archive:
        archive.extractall(destination, filter="data")
    return (destination / relative).is_dir()
