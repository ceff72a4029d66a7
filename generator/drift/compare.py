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
from generator.errors import SpecFoundryError
from generator.normalize import normalize
from generator.pipeline import DEFAULT_VERSION, Workspace
from generator.targets.client import render_client
from generator.yamlio import load_yaml


def load_spec_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise SpecFoundryError("no such spec file", file=path, fix="give the path of an OpenAPI YAML or JSON file")
    document = load_yaml(path.read_text(encoding="utf-8"), file=str(path))
    if not isinstance(document, dict) or "openapi" not in document:
        raise SpecFoundryError("not an OpenAPI document (no 'openapi' key)", file=path, fix="give a curated spec")
    return document


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
    old, new = load_spec_file(old_path), load_spec_file(new_path)
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
            for label, document in (("old", old), ("new", new)):
                output = Path(scratch) / label / target.package
                normalized = normalize(document, stand_in.settings.get("normalize", {}))
                render_client(
                    stand_in, target, normalized, version=DEFAULT_VERSION, output=output, templates=workspace.templates
                )
                packages.append(output / target.import_name)
            impacts = compare_surfaces(read_surface(packages[0]), read_surface(packages[1]))
            reports.append(DriftReport.build(stand_in.name, DEFAULT_VERSION, changes, impacts))
    return reports


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
