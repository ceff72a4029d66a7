"""The whole job, one direction: import → curate → (write curated spec) → normalize → render.

Pure stages live in their own packages; this module only wires them and does the I/O, staging every
output and swapping it in at the end (see generator.workspace).
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import shutil
import tomllib
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.config import ApiConfig, TargetConfig, discover_apis, load_api
from generator.curate.lint import has_errors, lint
from generator.curate.origin import with_origin
from generator.curate.overlay import StaleAction, apply_overlays, load_overlay
from generator.drift import (
    Change,
    DriftReport,
    PythonImpact,
    compare_surfaces,
    diff_specs,
    next_version,
    read_surface,
    render_changelog_entry,
    render_json,
    render_markdown,
)
from generator.drift.report import render_changelog_start
from generator.errors import Diagnostic, Level, SpecFoundryError
from generator.importers import KNOWN_FORMATS, import_sources
from generator.manifest import is_pristine, write_manifest
from generator.normalize import NormalizedSpec, normalize
from generator.specfile import load_spec
from generator.targets.client import render_client
from generator.targets.formatting import ruff_fix_and_format
from generator.targets.models import render_models
from generator.workspace import differences, staging_area, swap_in
from generator.yamlio import dump_yaml

RENDERERS = {"client": render_client, "models": render_models}
DEFAULT_VERSION = "0.1.0"
CHANGELOG = "CHANGELOG.md"
REPORTS_DIR = Path("build") / "drift"


@dataclass
class CuratedSpec:
    api: ApiConfig
    imported: dict[str, Any]
    document: dict[str, Any]
    text: str
    stale: list[StaleAction]
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass
class RunResult:
    """What a run did, for the CLI to print."""

    apis: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # repo-relative paths that differ from what is committed
    diagnostics: list[Diagnostic] = field(default_factory=list)
    stale: list[StaleAction] = field(default_factory=list)
    outcomes: list[ApiOutcome] = field(default_factory=list)
    reports: list[Path] = field(default_factory=list)  # drift reports written


class Workspace:
    """A repo checkout: specs/, templates/, generated/."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.specs = self.root / "specs"
        self.templates = self.root / "templates"
        self.generated = self.root / "generated"

    def apis(self, names: list[str] | None = None) -> list[ApiConfig]:
        folders = discover_apis(self.specs)
        if not folders:
            raise SpecFoundryError(
                "no API folders found",
                file=self.specs,
                fix="run from the repo root, or add specs/<api>/api.toml",
            )
        known = {folder.name: folder for folder in folders}
        for name in names or []:
            if name not in known:
                raise SpecFoundryError(
                    f"unknown API {name!r}", file=self.specs, fix=f"use one of: {', '.join(sorted(known))}"
                )
        return [load_api(known[name], KNOWN_FORMATS) for name in (names or sorted(known))]

    def relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return str(path)


def curate(workspace: Workspace, api: ApiConfig) -> CuratedSpec:
    """Import every source, apply the overlays, lint; lint errors stop the run, all of them reported."""
    try:
        imported = import_sources(api.sources, folder=api.folder)
    except SpecFoundryError as error:
        raise _relative_error(error, workspace) from None
    overlays = [load_overlay(path) for path in api.overlays]
    document, stale = apply_overlays(imported.document, overlays)
    spec_file = workspace.relative(api.curated_spec)
    findings = lint(document, file=spec_file)
    if has_errors(findings):
        errors = [item for item in findings if item.level is Level.ERROR]
        raise SpecFoundryError(
            f"the curated spec does not lint clean ({len(errors)} error(s))",
            file=spec_file,
            fix=f"fix each error below: add an overlay action under {workspace.relative(api.folder)}/overlays/ "
            f"(or fix the source it comes from); `specfoundry lint --uncurated {api.name}` lists warnings too",
            diagnostics=[with_origin(item, document, imported.pages, workspace.relative) for item in errors],
        )
    diagnostics = [
        dataclasses.replace(item, file=workspace.relative(Path(item.file))) if item.file else item
        for item in [*imported.diagnostics, *findings]
    ]
    return CuratedSpec(
        api=api,
        imported=imported.document,
        document=document,
        text=dump_yaml(document),
        stale=stale,
        diagnostics=diagnostics,
    )


def _relative_error(error: SpecFoundryError, workspace: Workspace) -> SpecFoundryError:
    """`error` with the files it names relative to the repo root (shorter, and the same on every machine)."""

    def short(file: str | None) -> str | None:
        return workspace.relative(Path(file)) if file and Path(file).is_absolute() else file

    return SpecFoundryError(
        error.message,
        file=short(error.file),
        place=error.place,
        fix=error.fix,
        diagnostics=[dataclasses.replace(item, file=short(item.file)) for item in error.diagnostics],
    )


def load_curated(workspace: Workspace, api: ApiConfig) -> dict[str, Any]:
    """The committed curated spec, as untrusted as any input (it may be hand-edited): `generate` renders
    it without linting, so it is read within budgets and checked for shape and references first."""
    path = api.curated_spec
    if not path.is_file():
        raise SpecFoundryError(
            "no curated spec yet",
            file=workspace.relative(path),
            fix=f"run `specfoundry regenerate {api.name}`",
        )
    try:
        return load_spec(path, label=workspace.relative(path), folder=api.folder)
    except SpecFoundryError as error:
        restore = (
            f"or restore the committed spec (`git checkout -- {workspace.relative(path)}`) or delete it: "
            f"`specfoundry regenerate {api.name}` rebuilds it from the sources"
        )
        error.fix = f"{error.fix}; {restore}" if error.fix else restore
        raise _relative_error(error, workspace) from None


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
    changes: list[Change] = field(default_factory=list)
    impacts: dict[str, list[PythonImpact]] = field(default_factory=dict)  # package → impacts
    versions: dict[str, tuple[str, str]] = field(default_factory=dict)  # package → (old, new)
    reports: dict[str, DriftReport] = field(default_factory=dict)  # package → report, for drifted packages

    @property
    def drifted(self) -> bool:
        return bool(self.changes) or any(self.impacts.values())


@dataclass(frozen=True)
class RenderJob:
    """One package to render: everything a worker process needs, nothing it must share."""

    api: ApiConfig
    target: TargetConfig
    normalized: NormalizedSpec
    version: str
    output: Path
    templates: Path

    def render(self) -> None:
        RENDERERS[self.target.kind](
            self.api,
            self.target,
            self.normalized,
            version=self.version,
            output=self.output,
            templates=self.templates,
            format_code=False,
        )


def _run_job(job: RenderJob) -> None:
    job.render()


def render_all(jobs: list[RenderJob]) -> None:
    """Render packages side by side, one process per core (the generators are CPU-bound and independent).

    Workers are forked, so they start with everything already imported; where fork is unavailable, or for
    a single job, rendering stays in this process.
    """
    workers = min(len(jobs), os.cpu_count() or 1)
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for job in jobs:
            job.render()
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        for future in [pool.submit(_run_job, job) for job in jobs]:
            future.result()  # re-raises a worker's SpecFoundryError here


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
    change that alters the package is released, while a hand-edited package is repaired, not released.
    """
    stale_messages = [f"{workspace.relative(item.action.file)} {item.action.place}: {item.reason}" for item in stale]
    for job in jobs:
        target, output = job.target, job.output
        committed = workspace.generated / target.package
        compare = bool(changes) or is_pristine(committed)
        impacts = _python_impact(committed, output, target) if compare else []
        new_version = next_version(job.version, changes, impacts) if committed.is_dir() else job.version
        if new_version != job.version:  # only the version string differs: render again with it
            shutil.rmtree(output)
            dataclasses.replace(job, version=new_version).render()
        outcome.impacts[target.package] = impacts
        outcome.versions[target.package] = (job.version, new_version)
        report = DriftReport.build(job.api.name, job.version, changes, impacts, stale_messages)
        _write_changelog(committed, output, report if (changes or impacts) else None, new_version, job.api)
        if changes or impacts:
            outcome.reports[target.package] = report


def _python_impact(committed: Path, staged: Path, target: TargetConfig) -> list[PythonImpact]:
    old_package = committed / target.import_name
    if not old_package.is_dir():
        return []
    return compare_surfaces(read_surface(old_package), read_surface(staged / target.import_name))


def _write_changelog(committed: Path, output: Path, report: DriftReport | None, version: str, api: ApiConfig) -> None:
    """Carry the committed CHANGELOG.md over, with a new entry on top when the package drifted."""
    previous = committed / CHANGELOG
    text = previous.read_text(encoding="utf-8") if previous.is_file() else render_changelog_start(api.name, version)
    if report is not None:
        header, _, entries = text.partition("\n## ")
        entry = render_changelog_entry(report).strip("\n")
        text = f"{header.rstrip()}\n\n{entry}\n" + (f"\n## {entries}" if entries else "")
    (output / CHANGELOG).write_text(text, encoding="utf-8")


def write_reports(workspace: Workspace, outcome: ApiOutcome) -> list[Path]:
    """Markdown and JSON drift reports under build/drift/ (not committed): one pair per drifted package."""
    written = []
    folder = workspace.root / REPORTS_DIR
    for package, report in outcome.reports.items():
        for suffix, text in ((".md", render_markdown(report)), (".json", render_json(report))):
            path = folder / f"{package}-{report.new_version}{suffix}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def run(workspace: Workspace, names: list[str] | None, *, from_sources: bool, write: bool) -> RunResult:
    """Build every output in staging; with `write`, swap changed ones in, otherwise only compare.

    `from_sources` runs import and curation too (regenerate); without it, packages are rendered from the
    committed curated specs (generate). Drift is measured against the committed spec and packages.
    Phases: curate and normalize each API, render every package (in parallel), version them, format all
    generated code in one ruff pass, then compare with the committed tree and swap.
    """
    result = RunResult()
    with staging_area(workspace.root) as staging:
        pairs: list[tuple[Path, Path]] = []
        planned: list[tuple[ApiOutcome, list[RenderJob], list[StaleAction]]] = []
        for api in workspace.apis(names):
            result.apis.append(api.name)
            outcome = ApiOutcome(api.name)
            result.outcomes.append(outcome)
            stale: list[StaleAction] = []
            if from_sources:
                spec = curate(workspace, api)
                result.diagnostics.extend(spec.diagnostics)
                stale = spec.stale
                result.stale.extend(stale)
                staged_spec = staging / "specs" / api.name / api.curated_spec.name
                staged_spec.parent.mkdir(parents=True, exist_ok=True)
                staged_spec.write_text(spec.text, encoding="utf-8")
                pairs.append((staged_spec, api.curated_spec))
                outcome.document = spec.document
                if api.curated_spec.is_file():
                    outcome.changes = diff_specs(load_curated(workspace, api), spec.document)
            else:
                outcome.document = load_curated(workspace, api)
            normalized = normalize(outcome.document, api.settings.get("normalize", {}))
            jobs = [
                RenderJob(
                    api,
                    target,
                    normalized,
                    package_version(workspace, target.package),
                    staging / "generated" / target.package,
                    workspace.templates,
                )
                for target in api.targets
            ]
            planned.append((outcome, jobs, stale))
        render_all([job for _, jobs, _ in planned for job in jobs])
        for outcome, jobs, stale in planned:
            version_packages(workspace, jobs, changes=outcome.changes, stale=stale, outcome=outcome)
            pairs.extend((job.output, workspace.generated / job.target.package) for job in jobs)
        outputs = [job.output for _, jobs, _ in planned for job in jobs]
        ruff_fix_and_format(*outputs)
        for output in outputs:
            write_manifest(output)
        changed_pairs = []
        for staged, final in pairs:
            diff = differences(staged, final)
            if diff:
                changed_pairs.append((staged, final))
                base = workspace.relative(final.parent)
                result.changed.extend(f"{base}/{item}" for item in diff)
        if write and changed_pairs:
            backups = staging / "backup"
            backups.mkdir()
            swap_in(changed_pairs, backups)
        if write:
            for outcome in result.outcomes:
                result.reports.extend(write_reports(workspace, outcome))
    return result
