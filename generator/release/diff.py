"""The I/O shell of `specfoundry diff`: find the two versions to compare (files, or git and the working
tree), compare their specs, and, when asked, render or export their packages for the Python impact.

`diff OLD NEW` compares the specs only (pure and fast). With `--api`, both specs are also rendered with the
API's settings; a side that cannot be rendered does not fail the command: the report says why the Python
impact is missing (the spec changes are always reported).
"""

from __future__ import annotations

import tempfile
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from generator.config import ApiConfig, TargetConfig
from generator.drift import DriftReport, compare_surfaces, diff_specs, read_surface
from generator.drift.git import export_folder, read_file
from generator.drift.symbols import link_symbols
from generator.errors import Diagnostic, SpecFoundryError
from generator.release import DEFAULT_VERSION
from generator.release.versions import as_generated
from generator.shape import check_shape
from generator.specfile import load_spec
from generator.yamlio import load_yaml

if TYPE_CHECKING:
    from generator.normalize import NormalizedSpec
    from generator.workspace import Workspace

T = TypeVar("T")

# Our own templates, found from the installed package: `diff` works from any working directory.
PACKAGE_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"

NO_API_NOTE = (
    "Not computed: `diff OLD NEW` compares the specs only. Add `--api API` to render both specs with that "
    "API's settings and list the generated Python names each change touches."
)


def load_spec_files(*paths: Path) -> list[dict[str, Any]]:
    """Every file loaded, or one error listing every file's problems (each naming its own file)."""
    documents: list[dict[str, Any]] = []
    problems: list[Diagnostic] = []
    for path in paths:
        try:
            documents.append(load_spec(path))
        except SpecFoundryError as error:
            problems.extend(error.as_diagnostics())
    if problems:
        raise SpecFoundryError.from_diagnostics("the specs cannot be compared", problems)
    return documents


def spec_at(workspace: Workspace, api: ApiConfig, revision: str) -> dict[str, Any] | None:
    """The API's curated spec as committed at `revision` (None when it did not exist yet)."""
    relative = workspace.relative(api.curated_spec)
    text = read_file(workspace.root, revision, relative)
    if text is None:
        return None
    label = f"{revision}:{relative}"
    document = load_yaml(text, file=label)
    problems = check_shape(document, file=label)  # as untrusted as any input: checked before comparing
    if problems:
        raise SpecFoundryError.from_diagnostics("not a usable OpenAPI document", problems, file=label)
    return document if isinstance(document, dict) else None


def diff_files(old_path: Path, new_path: Path, api: ApiConfig | None) -> list[DriftReport]:
    """Compare two spec files; with `api`, also render both with its settings for the Python impact."""
    old, new = load_spec_files(old_path, new_path)
    changes = diff_specs(old, new)
    if api is None:
        return [DriftReport.build("diff", DEFAULT_VERSION, changes, python_impact_note=NO_API_NOTE)]
    reports = []
    targets = [target for target in api.targets if target.kind == "client"]
    # Each side normalized once: rendered for every client target, and walked to name the symbols changed.
    sides = {label: _normalized(api, document) for label, document in (("old", old), ("new", new))}
    with tempfile.TemporaryDirectory() as scratch:
        for target in targets:
            packages: list[Path] = []
            reasons: list[str] = []
            for label, path in (("old", old_path), ("new", new_path)):
                output = Path(scratch) / label / target.package
                side = sides[label]
                reason = side if isinstance(side, str) else _render(api, target, side, output)
                if reason is None:
                    packages.append(output / target.import_name)
                else:
                    reasons.append(f"the {label} spec ({path}) cannot be rendered into `{target.package}`: {reason}")
            old_side, new_side = sides["old"], sides["new"]
            if reasons or isinstance(old_side, str) or isinstance(new_side, str):
                note = "Not computed: " + "; ".join(reasons) + ". The spec changes above are complete."
                reports.append(DriftReport.build(api.name, DEFAULT_VERSION, changes, python_impact_note=note))
            else:
                before, after = read_surface(packages[0]), read_surface(packages[1])
                linked = link_symbols(changes, old_side.document, new_side.document, before, after)
                reports.append(DriftReport.build(api.name, DEFAULT_VERSION, linked, compare_surfaces(before, after)))
    return reports


def _normalized(api: ApiConfig, document: dict[str, Any]) -> NormalizedSpec | str:
    """One side as its packages are generated from it; or why it cannot be (in one line)."""
    from generator.normalize import normalize

    return _failure_of(lambda: normalize(document, api.settings.get("normalize", {})))


def _render(api: ApiConfig, target: TargetConfig, spec: NormalizedSpec, output: Path) -> str | None:
    """Render one side; None when it worked, otherwise why not (in one line)."""
    # Imported here: rendering pulls in openapi-python-client, which a specs-only diff never needs.
    from generator.targets.client import render_client

    outcome = _failure_of(
        lambda: render_client(api, target, spec, version=DEFAULT_VERSION, output=output, templates=PACKAGE_TEMPLATES)
    )
    return outcome if isinstance(outcome, str) else None


def _failure_of(action: Callable[[], T]) -> T | str:
    """What `action` returns, or why it failed, in one line: the Python impact is optional, the report is not."""
    try:
        return action()
    except SpecFoundryError as error:
        where = f" at {error.place}" if error.place else ""
        return f"{error.message}{where}"
    except RecursionError:
        return "its schemas nest too deeply for the generator"
    except Exception as error:  # a generator bug on this spec
        return f"the generator failed on it ({type(error).__name__}: {error})"


def diff_against_revision(workspace: Workspace, api: ApiConfig, revision: str) -> list[DriftReport]:
    """The working tree's curated spec and packages against those committed at `revision`."""
    old = spec_at(workspace, api, revision)
    if old is None:
        raise SpecFoundryError(
            f"{workspace.relative(api.curated_spec)} does not exist at {revision}",
            fix="pick a revision where the API already existed",
        )
    new = load_spec(api.curated_spec)
    changes = diff_specs(old, new)
    reports = []
    with tempfile.TemporaryDirectory() as scratch:
        for target in api.targets:
            relative = workspace.relative(workspace.generated / target.package)
            old_version = DEFAULT_VERSION
            impacts = []
            linked = changes
            if export_folder(workspace.root, revision, relative, Path(scratch)):
                exported = Path(scratch) / relative
                old_version = _version(exported / "pyproject.toml")
                current = workspace.generated / target.package / target.import_name
                if current.is_dir():
                    before, after = read_surface(exported / target.import_name), read_surface(current)
                    impacts = compare_surfaces(before, after)
                    settings = api.settings.get("normalize", {})
                    linked = link_symbols(
                        changes, as_generated(old, settings), as_generated(new, settings), before, after
                    )
            reports.append(DriftReport.build(api.name, old_version, linked, impacts))
    return reports


def _version(pyproject: Path) -> str:
    try:
        return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return DEFAULT_VERSION
