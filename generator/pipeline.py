"""The whole job, one direction: import → curate → (write curated spec) → normalize → render.

Pure stages live in their own packages; this module only wires them and does the I/O, staging every
output and swapping it in at the end (see generator.workspace).
"""

from __future__ import annotations

import dataclasses
import importlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from generator import cache
from generator.config import ApiConfig, TargetConfig
from generator.curate.origin import with_origin
from generator.curate.refs import blocks_every_stage
from generator.drift import diff_specs
from generator.errors import Diagnostic, Level, SpecFoundryError
from generator.importers import import_sources
from generator.importers.base import ImportResult
from generator.manifest import write_manifest
from generator.normalize import NormalizedSpec, normalize
from generator.release.versions import REPORTS_DIR, ApiOutcome, planned_version, version_packages, write_reports
from generator.specfile import load_spec
from generator.transaction import commit, exclusive, staging_area
from generator.workspace import Workspace, differences
from generator.yamlio import dump_yaml

if TYPE_CHECKING:
    from concurrent.futures import Future

    from generator.curate.overlay import StaleAction

# Target kind → (module, function), imported on first use: each pulls in its generator engine, and most
# APIs have no models target. render_all imports them before forking, so workers start with them loaded.
RENDERERS: dict[str, tuple[str, str]] = {
    "client": ("generator.targets.client", "render_client"),
    "models": ("generator.targets.models", "render_models"),
}


class Renderer(Protocol):
    def __call__(
        self,
        api: ApiConfig,
        target: TargetConfig,
        spec: NormalizedSpec,
        *,
        version: str,
        output: Path,
        templates: Path,
        format_code: bool = True,
    ) -> list[Diagnostic]: ...


@dataclass
class CuratedSpec:
    api: ApiConfig
    imported: ImportResult
    document: dict[str, Any]
    text: str
    stale: list[StaleAction]


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
    return spec


def lint_curated(workspace: Workspace, spec: CuratedSpec) -> list[Diagnostic]:
    """Lint the curated spec; errors stop the run, all of them reported, each traced to the source page it
    came from. Returns the import's and lint's warnings. A clean result is remembered for this exact text
    (generator.cache), so an unchanged spec is not linted again."""
    api = spec.api
    spec_file = workspace.relative(api.curated_spec)
    key = cache.lint_key(spec.text, spec_file)
    findings = cache.known_findings(workspace.root, api.name, key)
    if findings is None:
        findings = _lint(spec.document, spec_file)
        _raise_lint_errors(workspace, spec, findings)
        cache.remember_findings(workspace.root, api.name, key, findings)
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


@dataclass(frozen=True)
class RenderJob:
    """One package to render: everything a worker process needs, nothing it must share."""

    api: ApiConfig
    target: TargetConfig
    normalized: NormalizedSpec
    version: str
    output: Path
    templates: Path

    def render(self) -> list[Diagnostic]:
        """Render and format the package; return what the generator left out or approximated
        (generator.targets.skipped). Each worker formats its own package (ruff), so a small package is done
        while a big one still renders."""
        return renderer(self.target.kind)(
            self.api,
            self.target,
            self.normalized,
            version=self.version,
            output=self.output,
            templates=self.templates,
        )


def _run_job(job: RenderJob) -> list[Diagnostic]:
    return job.render()


def renderer(kind: str) -> Renderer:
    """The render function of a target kind (a key of RENDERERS)."""
    module, function = RENDERERS[kind]
    found: Renderer = getattr(importlib.import_module(module), function)
    return found


class Rendering:
    """Packages being rendered: in forked workers, started at once, or else in this process, when the
    results are asked for."""

    def __init__(self, jobs: list[RenderJob], futures: list[Future[list[Diagnostic]]] | None) -> None:
        self._jobs = jobs
        self._futures = futures

    def results(self) -> list[Diagnostic]:
        """Wait for every package; return what the generators skipped, for the caller to report (workers
        print nothing). Every package's problem is reported, not only the first one's."""
        skipped: list[Diagnostic] = []
        failures: list[SpecFoundryError] = []
        futures: list[Future[list[Diagnostic]] | None] = [*self._futures] if self._futures else [None] * len(self._jobs)
        for job, future in zip(self._jobs, futures, strict=True):
            try:
                skipped.extend(future.result() if future else job.render())  # a worker's error is re-raised here
            except SpecFoundryError as error:
                failures.append(error)
        raise_all(failures, "some packages cannot be generated")
        return skipped


@contextmanager
def rendering(jobs: list[RenderJob]) -> Iterator[Rendering]:
    """Render packages side by side, one process per core (the generators are CPU-bound and independent),
    while the caller goes on (linting the specs): leaving the block with an exception stops the workers.

    Workers are forked, so they start with everything already imported; they die with this process and are
    stopped when it is interrupted (generator.workers). Where fork is unavailable, or for a single job,
    rendering stays in this process."""
    workers = min(len(jobs), os.cpu_count() or 1)
    for kind in {job.target.kind for job in jobs}:
        renderer(kind)  # imported here, once, not in every worker
    if workers <= 1 or not _can_fork():
        yield Rendering(jobs, None)
        return
    from generator.workers import forked_pool  # the process pool machinery only when there is a pool

    with forked_pool(workers) as pool:
        yield Rendering(jobs, [pool.submit(_run_job, job) for job in jobs])


def _can_fork() -> bool:
    import multiprocessing  # only asked with several packages to render

    return "fork" in multiprocessing.get_all_start_methods()


def raise_all(failures: list[SpecFoundryError], summary: str) -> None:
    """Raise one error for every failure: a single one as itself, several with all their problems."""
    unique = list({error.render(): error for error in failures}.values())  # e.g. one broken template
    if len(unique) == 1:
        raise unique[0]
    if unique:
        problems = [item for error in unique for item in (error.diagnostics or [_as_diagnostic(error)])]
        raise SpecFoundryError(
            f"{summary} ({len(problems)} problem(s))", fix="fix each problem below", diagnostics=problems
        )


@dataclass
class Planned:
    """One API, ready to render: its outcome so far, its render jobs, and what its curation left to check."""

    outcome: ApiOutcome
    jobs: list[RenderJob]
    spec: CuratedSpec | None  # None when rendering the committed curated spec (generate): nothing to lint


def _plan(
    workspace: Workspace,
    api: ApiConfig,
    outcome: ApiOutcome,
    result: RunResult,
    pairs: list[tuple[Path, Path]],
    staging: Path,
    *,
    from_sources: bool,
) -> Planned:
    """One API up to rendering: curate (or load) its spec, stage it, measure drift, normalize, plan jobs."""
    spec = None
    if from_sources:
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
    else:
        outcome.document = load_curated(workspace, api)
    try:
        normalized = normalize_api(workspace, api, outcome.document)
    except Exception:
        if spec is not None:  # not linted yet: an invalid spec is reported as such, not as what it broke
            lint_curated(workspace, spec)
        raise
    jobs = [
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
    return Planned(outcome, jobs, spec)


def _same_text(path: Path, text: str) -> bool:
    try:
        return path.read_bytes() == text.encode("utf-8")
    except OSError:
        return False


def _as_diagnostic(error: SpecFoundryError) -> Diagnostic:
    return Diagnostic(Level.ERROR, error.message, file=error.file, place=error.place, fix=error.fix)


def _short(workspace: Workspace, file: str | None) -> str | None:
    return workspace.relative(Path(file)) if file and Path(file).is_absolute() else file


def run(
    workspace: Workspace, names: list[str] | None, *, from_sources: bool, write: bool, strict: bool = False
) -> RunResult:
    """Build every output in staging; with `write`, swap changed ones in, otherwise only compare.

    `from_sources` runs import and curation too (regenerate); without it, packages are rendered from the
    committed curated specs (generate). Drift is measured against the committed spec and packages.
    Phases: curate and normalize each API; render and format every package (in parallel) while the specs
    are linted; version the packages; then compare with the committed tree and swap everything, drift
    reports included, in one transaction (generator.transaction) under the repo's run lock. Every API's
    problems are reported together. With `strict`, parts of the spec a generator skipped fail the run (otherwise
    they are warnings).
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
                planned.append(_plan(workspace, api, outcome, result, pairs, staging, from_sources=from_sources))
            except SpecFoundryError as error:  # report it with the other APIs' problems
                failures.append(error)
        raise_all(failures, "some APIs cannot be generated")
        with rendering([job for plan in planned for job in plan.jobs]) as pending:
            for plan in planned:  # linted while the workers render: an error stops them
                if plan.spec is not None:
                    try:
                        result.diagnostics.extend(lint_curated(workspace, plan.spec))
                    except SpecFoundryError as error:
                        failures.append(error)
            raise_all(failures, "some APIs cannot be generated")
            try:
                skipped = pending.results()
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
