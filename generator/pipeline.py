"""The whole job, one direction: import → curate → (write curated spec) → normalize → render.

Pure stages live in their own packages; this module only wires them and does the I/O, staging every
output and swapping it in at the end (see generator.workspace).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import cache
from generator.config import ApiConfig
from generator.curate.origin import with_origin
from generator.curate.refs import blocks_every_stage
from generator.drift import diff_specs
from generator.errors import Diagnostic, Level, SpecFoundryError
from generator.importers import import_sources
from generator.importers.base import ImportResult
from generator.manifest import write_manifest
from generator.normalize import NormalizedSpec, normalize
from generator.release.versions import REPORTS_DIR, ApiOutcome, planned_version, version_packages, write_reports
from generator.rendering import RenderJob, raise_all, rendered, rendering
from generator.specfile import load_spec
from generator.transaction import commit, exclusive, staging_area
from generator.workspace import Workspace, differences
from generator.yamlio import dump_yaml

if TYPE_CHECKING:
    from generator.curate.overlay import StaleAction


@dataclass
class CuratedSpec:
    api: ApiConfig
    imported: ImportResult
    document: dict[str, Any]
    text: str
    stale: list[StaleAction]
    lint_key: str = ""  # the lint memory's key for this text (generator.cache), set with the text


@dataclass
class RunResult:
    """What a run did, for the CLI to print."""

    apis: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # repo-relative paths that differ from what is committed
    diagnostics: list[Diagnostic] = field(default_factory=list)
    stale: list[StaleAction] = field(default_factory=list)
    outcomes: list[ApiOutcome] = field(default_factory=list)
    reports: list[Path] = field(default_factory=list)  # drift reports written


def curate(workspace: Workspace, api: ApiConfig) -> CuratedSpec:
    """Import every source and apply the overlays. A document nothing can work on (misshapen, a `$ref` that
    does not resolve) stops here with its lint errors; the rest of lint runs later (`lint_curated`),
    alongside the rendering."""
    try:
        imported = import_sources(api.sources, folder=api.folder)
    except SpecFoundryError as error:
        raise _relative_error(error, workspace) from None
    document = imported.document
    stale: list[StaleAction] = []
    if api.overlays:  # the JSONPath engine is imported only for APIs that have overlays
        from generator.curate.overlay import apply_overlays, load_overlay

        document, stale = apply_overlays(imported.document, [load_overlay(path) for path in api.overlays])
    spec = CuratedSpec(api=api, imported=imported, document=document, text="", stale=stale)
    if blocks_every_stage(document, file=workspace.relative(api.curated_spec)):
        _raise_lint_errors(workspace, spec, _lint(spec.document, workspace.relative(api.curated_spec)))
    spec.text = dump_yaml(document)
    spec.lint_key = cache.lint_key(spec.text, workspace.relative(api.curated_spec))
    return spec


def lint_curated(
    workspace: Workspace, spec: CuratedSpec, findings: list[Diagnostic], *, remember: bool
) -> list[Diagnostic]:
    """The lint `findings` of the curated spec: errors stop the run, all of them reported, each traced to
    the source page it came from; with `remember` (a fresh lint), a clean result is kept for this exact text
    (generator.cache), so an unchanged spec is not linted again. Returns the import's and lint's warnings."""
    _raise_lint_errors(workspace, spec, findings)
    if remember:
        cache.remember_findings(workspace.root, spec.api.name, spec.lint_key, findings)
    return [
        dataclasses.replace(item, file=workspace.relative(Path(item.file))) if item.file else item
        for item in [*spec.imported.diagnostics, *findings]
    ]


def _lint(document: dict[str, Any], file: str) -> list[Diagnostic]:
    from generator.curate.lint import lint  # its validators take a while to import: only when linting

    return lint(document, file=file)


def _raise_lint_errors(workspace: Workspace, spec: CuratedSpec, findings: list[Diagnostic]) -> None:
    errors = [item for item in findings if item.level is Level.ERROR]
    if errors:
        api = spec.api
        raise SpecFoundryError(
            f"the curated spec does not lint clean ({len(errors)} error(s))",
            file=workspace.relative(api.curated_spec),
            fix=f"fix each error below: add an overlay action under {workspace.relative(api.folder)}/overlays/ "
            f"(or fix the source it comes from); `specfoundry lint --uncurated {api.name}` lists warnings too",
            diagnostics=[with_origin(item, spec.document, spec.imported.pages, workspace.relative) for item in errors],
        )


def normalize_api(workspace: Workspace, api: ApiConfig, document: dict[str, Any]) -> NormalizedSpec:
    """Normalize a curated spec; a problem it finds names the curated spec (or api.toml for a setting)."""
    try:
        return normalize(document, api.settings.get("normalize", {}))
    except SpecFoundryError as error:
        if error.file is None:
            in_settings = (error.place or "").startswith("[")
            error.file = workspace.relative(api.config_file if in_settings else api.curated_spec)
        raise


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


@dataclass
class Planned:
    """One API on its way: its outcome so far, its curated spec (None when rendering the committed one:
    nothing to lint), the findings of a remembered clean lint of that exact text, and its render jobs."""

    api: ApiConfig
    outcome: ApiOutcome
    spec: CuratedSpec | None
    known: list[Diagnostic] | None = None
    jobs: list[RenderJob] = field(default_factory=list)


def _curate_api(
    workspace: Workspace,
    api: ApiConfig,
    outcome: ApiOutcome,
    result: RunResult,
    pairs: list[tuple[Path, Path]],
    staging: Path,
    *,
    from_sources: bool,
) -> Planned:
    """One API up to its spec: curate (or load) it, stage it, measure drift."""
    if not from_sources:
        outcome.document = load_curated(workspace, api)
        return Planned(api, outcome, None)
    spec = curate(workspace, api)
    result.stale.extend(spec.stale)
    staged_spec = staging / "specs" / api.name / api.curated_spec.name
    staged_spec.parent.mkdir(parents=True, exist_ok=True)
    staged_spec.write_text(spec.text, encoding="utf-8")
    pairs.append((staged_spec, api.curated_spec))
    outcome.document = spec.document
    if api.curated_spec.is_file():
        if _same_text(api.curated_spec, spec.text):  # the usual case: the vendor changed nothing
            outcome.previous = spec.document
        else:
            outcome.previous = load_curated(workspace, api)
            outcome.changes = diff_specs(outcome.previous, spec.document)
    return Planned(api, outcome, spec, cache.known_findings(workspace.root, api.name, spec.lint_key))


def _plan_jobs(
    workspace: Workspace, plan: Planned, staging: Path, findings: Callable[[Planned], list[Diagnostic]]
) -> None:
    """Normalize the API's spec and plan a render job per target. A spec not linted yet that normalization
    cannot handle is reported by its lint errors, if it has any, not by what they broke."""
    api, outcome = plan.api, plan.outcome
    try:
        normalized = normalize_api(workspace, api, outcome.document)
    except Exception:
        if plan.spec is not None:
            _raise_lint_errors(workspace, plan.spec, findings(plan))
        raise
    plan.jobs = [
        RenderJob(
            api,
            target,
            normalized,
            planned_version(workspace, target.package, outcome.changes),
            staging / "generated" / target.package,
            workspace.templates,
        )
        for target in api.targets
    ]


@contextmanager
def _linting(workspace: Workspace, planned: list[Planned]) -> Iterator[Callable[[Planned], list[Diagnostic]]]:
    """Lint every curated spec that has no remembered clean lint, in a forked child, while this process
    normalizes and renders; yields the findings of a plan's spec (waiting for them)."""
    todo = [plan for plan in planned if plan.spec is not None and plan.known is None]
    specs = [(plan.spec.document, workspace.relative(plan.api.curated_spec)) for plan in todo if plan.spec]

    def lint_all() -> list[list[Diagnostic]]:
        return [_lint(document, file) for document, file in specs]

    if not todo:
        yield lambda plan: plan.known or []
        return
    from generator.workers import forked_call

    with forked_call(lint_all, background=True) as answer:
        position = {id(plan): index for index, plan in enumerate(todo)}  # by identity: plans compare by value
        yield lambda plan: plan.known if plan.known is not None else answer()[position[id(plan)]]


def _same_text(path: Path, text: str) -> bool:
    try:
        return path.read_bytes() == text.encode("utf-8")
    except OSError:
        return False


def _short(workspace: Workspace, file: str | None) -> str | None:
    return workspace.relative(Path(file)) if file and Path(file).is_absolute() else file


def run(
    workspace: Workspace, names: list[str] | None, *, from_sources: bool, write: bool, strict: bool = False
) -> RunResult:
    """Build every output in staging; with `write`, swap changed ones in, otherwise only compare.

    `from_sources` runs import and curation too (regenerate); without it, packages are rendered from the
    committed curated specs (generate). Drift is measured against the committed spec and packages.
    Phases: curate each API; lint the specs in a forked child while each API is normalized and its
    packages rendered and formatted (in parallel); version the packages; then compare with the committed
    tree and swap everything, drift reports included, in one transaction (generator.transaction) under the
    repo's run lock. Every API's problems are reported together. With `strict`, parts of the spec a
    generator skipped fail the run (otherwise they are warnings).
    """
    result = RunResult()
    with exclusive(workspace.root), staging_area(workspace.root) as staging:
        pairs: list[tuple[Path, Path]] = []
        planned: list[Planned] = []
        failures: list[SpecFoundryError] = []
        for api in workspace.apis(names):
            result.apis.append(api.name)
            outcome = ApiOutcome(api.name)
            result.outcomes.append(outcome)
            try:
                planned.append(_curate_api(workspace, api, outcome, result, pairs, staging, from_sources=from_sources))
            except SpecFoundryError as error:  # report it with the other APIs' problems
                failures.append(error)
        raise_all(failures, "some APIs cannot be generated")
        with _linting(workspace, planned) as findings:  # linted meanwhile, in a forked child
            for plan in planned:
                try:
                    _plan_jobs(workspace, plan, staging, findings)
                except SpecFoundryError as error:
                    failures.append(error)
            raise_all(failures, "some APIs cannot be generated")
            jobs = [job for plan in planned for job in plan.jobs]
            with rendering(jobs) as renders:  # a lint error stops the renders: leaving with it kills them
                for plan in planned:
                    if plan.spec is not None:
                        try:
                            found = findings(plan)
                            fresh = plan.known is None
                            result.diagnostics.extend(lint_curated(workspace, plan.spec, found, remember=fresh))
                        except SpecFoundryError as error:
                            failures.append(error)
                raise_all(failures, "some APIs cannot be generated")
                try:
                    skipped = rendered(jobs, renders)
                except SpecFoundryError as error:
                    raise _relative_error(error, workspace) from None
        if strict and skipped:
            raise SpecFoundryError.from_diagnostics(
                "the generators skipped parts of the specs (--strict)",
                [dataclasses.replace(item, level=Level.ERROR, file=_short(workspace, item.file)) for item in skipped],
                fix="curate each part below with an overlay, or run without --strict",
            )
        result.diagnostics.extend(dataclasses.replace(item, file=_short(workspace, item.file)) for item in skipped)
        for plan in planned:
            version_packages(
                workspace,
                plan.jobs,
                changes=plan.outcome.changes,
                stale=plan.spec.stale if plan.spec else [],
                outcome=plan.outcome,
            )
            pairs.extend((job.output, workspace.generated / job.target.package) for job in plan.jobs)
        for plan in planned:
            for job in plan.jobs:
                write_manifest(job.output)
        changed_pairs = []
        for staged, final in pairs:
            diff = differences(staged, final)
            if diff:
                changed_pairs.append((staged, final))
                base = workspace.relative(final.parent)
                result.changed.extend(f"{base}/{item}" for item in diff)
        if write:
            for outcome in result.outcomes:
                for staged in write_reports(outcome, staging / REPORTS_DIR):
                    final = workspace.root / REPORTS_DIR / staged.name
                    changed_pairs.append((staged, final))
                    result.reports.append(final)
            if changed_pairs:
                commit(workspace.root, staging, changed_pairs)
    return result
