"""The I/O shell of the drift stage: find the two versions to compare (files, or git and the working
tree), render or export their packages, and build one DriftReport per package."""

from __future__ import annotations

import tempfile
import tomllib
from pathlib import Path
from typing import Any

from generator.config import ApiConfig, TargetConfig
from generator.drift import DriftReport, compare_surfaces, diff_specs, read_surface
from generator.drift.git import export_folder, read_file
from generator.errors import Diagnostic, SpecFoundryError
from generator.normalize import normalize
from generator.pipeline import DEFAULT_VERSION, Workspace
from generator.specfile import load_spec
from generator.targets.client import render_client
from generator.yamlio import load_yaml


def load_spec_file(path: Path) -> dict[str, Any]:
    """A spec file to compare, as untrusted as any input (see generator.specfile)."""
    return load_spec(path)


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
    document = load_yaml(text, file=f"{revision}:{relative}")
    return document if isinstance(document, dict) else None


def diff_files(old_path: Path, new_path: Path, workspace: Workspace, api: ApiConfig | None) -> list[DriftReport]:
    """Compare two spec files; the Python impact comes from rendering both (with `api`'s settings)."""
    old, new = load_spec_files(old_path, new_path)
    changes = diff_specs(old, new)
    targets = [t for t in api.targets if t.kind == "client"] if api else [TargetConfig("client", "api-client")]
    stand_in = api or ApiConfig(
        name="diff",
        folder=new_path.parent,
        title=str(new.get("info", {}).get("title", "")),
        sources=(),
        overlays=(),
        targets=tuple(targets),
    )
    reports = []
    with tempfile.TemporaryDirectory() as scratch:
        for target in targets:
            packages = []
            for label, document, path in (("old", old, old_path), ("new", new, new_path)):
                output = Path(scratch) / label / target.package
                try:
                    normalized = normalize(document, stand_in.settings.get("normalize", {}))
                    render_client(
                        stand_in,
                        target,
                        normalized,
                        version=DEFAULT_VERSION,
                        output=output,
                        templates=workspace.templates,
                    )
                except SpecFoundryError as error:
                    raise _blame(error, path, stand_in) from None
                packages.append(output / target.import_name)
            impacts = compare_surfaces(read_surface(packages[0]), read_surface(packages[1]))
            reports.append(DriftReport.build(stand_in.name, DEFAULT_VERSION, changes, impacts))
    return reports


def _blame(error: SpecFoundryError, path: Path, stand_in: ApiConfig) -> SpecFoundryError:
    """A rendering error names the stand-in API's spec; the file at fault is the one being rendered."""
    if error.file not in (str(stand_in.curated_spec), None):
        return error  # about something else (a template)
    return SpecFoundryError(error.message, file=path, place=error.place, fix=error.fix, diagnostics=error.diagnostics)


def diff_against_revision(workspace: Workspace, api: ApiConfig, revision: str) -> list[DriftReport]:
    """The working tree's curated spec and packages against those committed at `revision`."""
    old = spec_at(workspace, api, revision)
    if old is None:
        raise SpecFoundryError(
            f"{workspace.relative(api.curated_spec)} does not exist at {revision}",
            fix="pick a revision where the API already existed",
        )
    new = load_spec_file(api.curated_spec)
    changes = diff_specs(old, new)
    reports = []
    with tempfile.TemporaryDirectory() as scratch:
        for target in api.targets:
            relative = workspace.relative(workspace.generated / target.package)
            old_version = DEFAULT_VERSION
            impacts = []
            if export_folder(workspace.root, revision, relative, Path(scratch)):
                exported = Path(scratch) / relative
                old_version = _version(exported / "pyproject.toml")
                current = workspace.generated / target.package / target.import_name
                if current.is_dir():
                    impacts = compare_surfaces(read_surface(exported / target.import_name), read_surface(current))
            reports.append(DriftReport.build(api.name, old_version, changes, impacts))
    return reports


def _version(pyproject: Path) -> str:
    try:
        return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return DEFAULT_VERSION
