"""Generated code is ruff-formatted by the same ruff on every machine (pinned in pyproject)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.errors import SpecFoundryError


def ruff_fix_and_format(folder: Path) -> None:
    """Sort imports, drop unused ones, then format: the same steps every run, so output is stable."""
    for args in (
        ["check", "--no-cache", "--fix-only", "--quiet", "--exit-zero", "."],
        ["format", "--no-cache", "--quiet", "."],
    ):
        completed = subprocess.run(
            [sys.executable, "-m", "ruff", *args], cwd=folder, capture_output=True, text=True, check=False
        )
        if completed.returncode != 0:
            raise SpecFoundryError(
                f"ruff {args[0]} failed on generated code: {completed.stderr.strip()}",
                file=folder,
                fix="this is a template bug: check templates/ for invalid Python",
            )
