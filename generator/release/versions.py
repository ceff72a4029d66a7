"""Releasing what a run rendered: each package's version follows its drift (spec changes plus the change
of its public Python surface), a CHANGELOG.md entry on top, and the Markdown/JSON drift report files.

The pipeline calls `package_version` while planning, `version_packages` after rendering and
`write_reports` when staging its outputs; nothing here renders a spec or reads the vendor's sources.
"""

from __future__ import annotations

import dataclasses
import shutil
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.config import ApiConfig, TargetConfig
from generator.curate.overlay import StaleAction
from generator.drift import (
    Change,
    DriftReport,
    PythonImpact,
    code_changed,
    compare_surfaces,
    next_version,
    read_surface,
    render_changelog_entry,
    render_json,
    render_markdown,
)
from generator.drift.report import render_changelog_start
from generator.drift.symbols import link_symbols
from generator.errors import SpecFoundryError
from generator.manifest import MANIFEST, is_pristine
from generator.release import DEFAULT_VERSION
from generator.workspace import changed_files

if TYPE_CHECKING:
    from generator.rendering import RenderJob
    from generator.workspace import Workspace

CHANGELOG = "CHANGELOG.md"
REPORTS_DIR = Path("build") / "drift"


def package_version(workspace: Workspace, package: str) -> str:
    """The committed package's version; drift decides bumps, nobody types them."""
    pyproject = workspace.generated / package / "pyproject.toml"
    if not pyproject.is_file():
        return DEFAULT_VERSION
    try:
        return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
    except (tomllib.TOMLDecodeError, KeyError):
        return DEFAULT_VERSION


@dataclass
class ApiOutcome:
    """What one API's run produced besides files: its drift and the versions it led to."""

    name: str
    document: dict[str, Any] = field(default_factory=dict)  # the curated spec this run produced
    previous: dict[str, Any] = field(default_factory=dict)  # the committed curated spec it is compared with
    changes: list[Change] = field(default_factory=list)
    impacts: dict[str, list[PythonImpact]] = field(default_factory=dict)  # package → impacts
    versions: dict[str, tuple[str, str]] = field(default_factory=dict)  # package → (old, new)
    reports: dict[str, DriftReport] = field(default_factory=dict)  # package → report, for drifted packages

    @property
    def drifted(self) -> bool:
        return bool(self.changes) or any(self.impacts.values())


def planned_version(workspace: Workspace, package: str, changes: list[Change]) -> str:
    """The version to render a package with: the committed one bumped for the spec changes alone. Rendering
    decides the rest (`version_packages`), and a package is rendered again only if its Python surface
    changed more than the spec said."""
    released = package_version(workspace, package)
    return next_version(released, changes, []) if (workspace.generated / package).is_dir() else released


def version_packages(
    workspace: Workspace,
    jobs: list[RenderJob],
    *,
    changes: list[Change],
    stale: list[StaleAction],
    outcome: ApiOutcome,
) -> None:
    """After rendering: measure each package's drift, set its version, write its CHANGELOG.md.

    Each package's version follows its drift: the spec `changes` plus what changed in the package's public
    Python surface (compared with the committed package, parsed, never imported). Without spec changes the
    surface is compared only when the committed package is pristine (its manifest matches), so a template
    change that alters the package is released, while a hand-edited package is repaired, not released; and
    only the modules whose files differ are read, so an unchanged package costs no parsing.
    """
    stale_messages = [f"{workspace.relative(item.action.file)} {item.action.place}: {item.reason}" for item in stale]
    named: tuple[dict[str, Any], dict[str, Any]] | None = None  # both specs as the packages were generated
    for job in jobs:
        target, output = job.target, job.output
        committed = workspace.generated / target.package
        released = package_version(workspace, target.package)
        compare = bool(changes) or is_pristine(committed)
        if compare and named is None and changes:
            settings = job.api.settings.get("normalize", {})
            named = (as_generated(outcome.previous, settings), job.normalized.document)
        impacts, linked = (
            _python_impact(committed, output, target, changes, named or ({}, {})) if compare else ([], changes)
        )
        new_version = next_version(released, changes, impacts) if committed.is_dir() else released
        if new_version != job.version:  # the surface changed more than the spec did: render again with it
            shutil.rmtree(output)
            dataclasses.replace(job, version=new_version).render()
        outcome.impacts[target.package] = impacts
        outcome.versions[target.package] = (released, new_version)
        report = DriftReport.build(job.api.name, released, linked, impacts, stale_messages)
        _write_changelog(committed, output, report if (changes or impacts) else None, new_version, job.api)
        if changes or impacts:
            outcome.reports[target.package] = report


def as_generated(curated: dict[str, Any], settings: dict[str, Any]) -> dict[str, Any]:
    """A curated spec as its packages were generated from it (normalized: derived operation names, lifted
    inline schemas), for naming the Python symbols a change touches; the spec itself if it cannot be."""
    from generator.normalize import normalize

    try:
        return normalize(curated, settings).document
    except (SpecFoundryError, ValueError, TypeError, KeyError):
        return curated


def _python_impact(
    committed: Path,
    staged: Path,
    target: TargetConfig,
    changes: list[Change],
    named: tuple[dict[str, Any], dict[str, Any]],
) -> tuple[list[PythonImpact], list[Change]]:
    """What changed in the package's public names, and the changes with the names each one touches.

    With spec changes every module is read (a change names the symbols it touches wherever they are);
    without, only the modules whose files differ can have changed."""
    old_package = committed / target.import_name
    if not old_package.is_dir():
        return [], changes
    new_package = staged / target.import_name
    # Files that differ, the manifest and changelog aside (written after this, from what it decides).
    differing = sorted(set(changed_files(staged, committed)) - {MANIFEST, CHANGELOG})
    prefix = f"{target.import_name}/"
    only = None if changes else {path.removeprefix(prefix) for path in differing if path.startswith(prefix)}
    before, after = read_surface(old_package, only), read_surface(new_package, only)
    linked = link_symbols(changes, named[0], named[1], before, after)
    impacts = compare_surfaces(before, after)
    if not changes and not impacts and differing:
        # The spec did not change and neither did the public names; any other difference is still a new
        # package (a fixed template, a newer SpecFoundry), which must not reuse the committed version.
        impacts = [code_changed(target.package, differing)]
    return impacts, linked


def _write_changelog(committed: Path, output: Path, report: DriftReport | None, version: str, api: ApiConfig) -> None:
    """Carry the committed CHANGELOG.md over, with a new entry on top when the package drifted."""
    previous = committed / CHANGELOG
    text = previous.read_text(encoding="utf-8") if previous.is_file() else render_changelog_start(api.name, version)
    if report is not None:
        header, _, entries = text.partition("\n## ")
        entry = render_changelog_entry(report).strip("\n")
        text = f"{header.rstrip()}\n\n{entry}\n" + (f"\n## {entries}" if entries else "")
    (output / CHANGELOG).write_text(text, encoding="utf-8")


def write_reports(outcome: ApiOutcome, folder: Path) -> list[Path]:
    """Markdown and JSON drift reports (one pair per drifted package) written into `folder`: the run stages
    them and swaps them into build/drift/ (not committed) with the rest of its outputs."""
    written = []
    for package, report in outcome.reports.items():
        for suffix, text in ((".md", render_markdown(report)), (".json", render_json(report))):
            path = folder / f"{package}-{report.new_version}{suffix}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written
