"""Generated code is ruff-formatted by the same ruff on every machine (pinned in pyproject)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from ruff import find_ruff_bin  # type: ignore[import-untyped]  # run the binary, not `python -m ruff`

from generator.errors import SpecFoundryError, unstaged


def ruff_fix_and_format(*folders: Path) -> None:
    """Sort imports, drop unused ones, then format: the same steps every run, so output is stable.

    Each package folder carries its own [tool.ruff] settings (ruff uses the closest pyproject.toml),
    so several packages are formatted by one ruff call each for fixing and formatting.
    """
    if not folders:
        return
    paths = [str(folder.resolve()) for folder in folders]
    for args in (
        ["check", "--no-cache", "--fix-only", "--quiet", "--exit-zero", *paths],
        ["format", "--no-cache", "--quiet", *paths],
    ):
        completed = subprocess.run(
            [find_ruff_bin(), *args], cwd=folders[0], capture_output=True, text=True, check=False
        )
        if completed.returncode != 0:
            raise SpecFoundryError(
                f"the generated code is not valid Python (ruff {args[0]}): {unstaged(completed.stderr.strip())}",
                file=unstaged(str(folders[0] if len(folders) == 1 else folders[0].parent)),
                fix="this is a SpecFoundry bug (a template or a generator let some spec text through unescaped), "
                "not a problem of the spec: report it with the spec; an overlay renaming the name at that "
                "line works around it",
            )
