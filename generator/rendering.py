"""Rendering the packages of a run side by side in forked worker processes (`forked` runs any tasks so).

The generators are CPU-bound and independent, so packages render in parallel, one worker per core, the
longest first. Workers are forked: they inherit their tasks (and the normalized specs, megabytes for a big
API) instead of receiving them pickled. They die with the run and are stopped when it is interrupted
(generator.workers). Where fork is unavailable, or with a single package, everything stays in this process.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from generator.config import ApiConfig, TargetConfig
from generator.errors import Diagnostic, Level, SpecFoundryError
from generator.normalize import NormalizedSpec

if TYPE_CHECKING:
    from concurrent.futures import Future

# Target kind → (module, function), imported on first use: each pulls in its generator engine, and most
# APIs have no models target. Each worker imports the engines of its own jobs, side by side.
RENDERERS: dict[str, tuple[str, str]] = {
    "client": ("generator.targets.client", "render_client"),
    "models": ("generator.targets.models", "render_models"),
}

T = TypeVar("T")


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


def renderer(kind: str) -> Renderer:
    """The render function of a target kind (a key of RENDERERS)."""
    module, function = RENDERERS[kind]
    found: Renderer = getattr(importlib.import_module(module), function)
    return found


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

    @property
    def size(self) -> tuple[int, bool]:
        """How long it renders, roughly: operations plus schemas, and a client before its models."""
        document = self.normalized.document
        schemas = (document.get("components") or {}).get("schemas") or {}
        return len(document.get("paths") or {}) + len(schemas), self.target.kind == "client"


class Pending(Generic[T]):
    """Tasks under way in forked workers or, without them, run here when their result is asked for."""

    def __init__(self, tasks: Sequence[Callable[[], T]]) -> None:
        self._tasks = tasks
        self._futures: list[Future[T]] | None = None

    def result(self, index: int) -> T:
        """The `index`-th task's result, waiting for it; a task's exception is raised here."""
        return self._futures[index].result() if self._futures is not None else self._tasks[index]()


# Each pool's tasks, by pool: its forked workers inherit them with the rest of this process's memory (the
# normalized specs: megabytes for a big API) and receive only an index, never a pickled task.
_INHERITED: dict[int, Sequence[Callable[[], Any]]] = {}


def _run_inherited(pool: int, index: int, background: bool) -> Any:
    if background:
        from generator.workers import lower_priority

        lower_priority()
    return _INHERITED[pool][index]()


@contextmanager
def forked(tasks: Sequence[Callable[[], T]], workers: int, order: Sequence[int] | None = None) -> Iterator[Pending[T]]:
    """Run `tasks` in `workers` forked processes, handed out in `order` (default: as given), the first one
    at full priority and the others in the background (generator.workers.lower_priority), while the caller
    goes on; leaving the block with an exception stops the workers. With no worker, or where fork is
    unavailable, the tasks run in this process, when their results are asked for."""
    pending = Pending(tasks)
    if workers < 1 or not tasks:
        yield pending
        return
    from generator.workers import can_fork, forked_pool  # the process pool machinery only when there is a pool

    if not can_fork():
        yield pending
        return

    key = id(pending)
    _INHERITED[key] = tasks  # before the pool forks its workers (they start on the first submits)
    try:
        with forked_pool(min(workers, len(tasks))) as pool:
            handed = list(order or range(len(tasks)))
            submitted = {index: pool.submit(_run_inherited, key, index, index != handed[0]) for index in handed}
            pending._futures = [submitted[index] for index in range(len(tasks))]
            yield pending
    finally:
        del _INHERITED[key]


@contextmanager
def rendering(jobs: list[RenderJob]) -> Iterator[Pending[list[Diagnostic]]]:
    """Render packages side by side, one process per core, the longest first (so that the run ends with it,
    not with a long one started late). A single package renders in this process."""
    order = sorted(range(len(jobs)), key=lambda index: jobs[index].size, reverse=True)
    workers = min(len(jobs), os.cpu_count() or 1) if len(jobs) > 1 else 0
    with forked(tuple(job.render for job in jobs), workers, order) as pending:
        yield pending


def rendered(jobs: list[RenderJob], pending: Pending[list[Diagnostic]]) -> list[Diagnostic]:
    """Wait for every package; return what the generators skipped, for the caller to report (workers print
    nothing). Every package's problem is reported, not only the first one's."""
    skipped: list[Diagnostic] = []
    failures: list[SpecFoundryError] = []
    for index in range(len(jobs)):
        try:
            skipped.extend(pending.result(index))
        except SpecFoundryError as error:
            failures.append(error)
    raise_all(failures, "some packages cannot be generated")
    return skipped


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


def _as_diagnostic(error: SpecFoundryError) -> Diagnostic:
    return Diagnostic(Level.ERROR, error.message, file=error.file, place=error.place, fix=error.fix)
