"""The drift engine is a pure stage: it imports no other stage (pipeline, release, targets, normalize, CLI),
only its own modules and the shared helpers every stage may use."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

# The helpers README's Layout lists as shared by the stages.
SHARED = {
    "generator.errors",
    "generator.budgets",
    "generator.escaping",
    "generator.textfiles",
    "generator.yamlio",
    "generator.shape",
    "generator.specfile",
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name.startswith("generator")}


def test_drift_imports_no_other_stage() -> None:
    offending = {
        f"{path.name}: {name}"
        for path in sorted((REPO / "generator" / "drift").glob("*.py"))
        for name in _imports(path)
        if not name.startswith("generator.drift") and name not in SHARED
    }
    assert offending == set()


def test_release_logic_lives_in_its_own_stage() -> None:
    """The pipeline calls the release stage; versions, CHANGELOG entries and report files are not its own."""
    pipeline = (REPO / "generator" / "pipeline.py").read_text(encoding="utf-8")
    assert "generator.release.versions" in _imports(REPO / "generator" / "pipeline.py")
    for name in ("def version_packages", "def write_reports", "def package_version", "CHANGELOG.md"):
        assert name not in pipeline
