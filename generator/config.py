"""An API is a folder: `specs/<api>/api.toml` says where its sources are, how to read them, which
overlays curate them and which packages to generate. This module reads and checks that file."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import SpecFoundryError

API_FILE = "api.toml"
CURATED_SPEC = "openapi.yaml"


@dataclass(frozen=True)
class SourceConfig:
    path: Path
    format: str
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TargetConfig:
    kind: str  # "client" (openapi-python-client) or "models" (datamodel-code-generator)
    package: str  # distribution name, also the folder under generated/
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def import_name(self) -> str:
        return self.package.replace("-", "_")


@dataclass(frozen=True)
class ApiConfig:
    name: str
    folder: Path
    title: str
    sources: tuple[SourceConfig, ...]
    overlays: tuple[Path, ...]
    targets: tuple[TargetConfig, ...]
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def curated_spec(self) -> Path:
        return self.folder / CURATED_SPEC

    @property
    def config_file(self) -> Path:
        return self.folder / API_FILE


KNOWN_TARGET_KINDS = ("client", "models")


def load_api(folder: Path, known_formats: tuple[str, ...]) -> ApiConfig:
    """Read `folder/api.toml`, checking every path and name it gives before any work starts."""
    config_file = folder / API_FILE
    try:
        raw = tomllib.loads(config_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SpecFoundryError(
            "no api.toml in this API folder",
            file=config_file,
            fix="create api.toml (see README: 'Adding an API')",
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise SpecFoundryError(f"invalid TOML: {error}", file=config_file, fix="correct the TOML syntax") from None

    api = _table(raw, "api", config_file)
    name = _string(api, "name", config_file, "[api]")
    if name != folder.name:
        raise SpecFoundryError(
            f"[api] name {name!r} differs from the folder name {folder.name!r}",
            file=config_file,
            place="[api] name",
            fix=f"set name = {folder.name!r} or rename the folder",
        )

    sources = []
    for index, entry in enumerate(_list_of_tables(raw, "sources", config_file)):
        place = f"[[sources]] #{index + 1}"
        fmt = _string(entry, "format", config_file, place)
        if fmt not in known_formats:
            raise SpecFoundryError(
                f"unknown source format {fmt!r}",
                file=config_file,
                place=f"{place} format",
                fix=f"use one of: {', '.join(known_formats)}",
            )
        path = folder / _string(entry, "path", config_file, place)
        if not path.is_file():
            raise SpecFoundryError(
                f"source file {path} does not exist",
                file=config_file,
                place=f"{place} path",
                fix="fix the path (relative to the API folder)",
            )
        options = {key: value for key, value in entry.items() if key not in ("path", "format")}
        sources.append(SourceConfig(path=path, format=fmt, options=options))
    if not sources:
        raise SpecFoundryError(
            "no [[sources]] declared",
            file=config_file,
            fix="add at least one [[sources]] table with path and format",
        )

    overlays = []
    for index, relative in enumerate(raw.get("overlays", {}).get("files", [])):
        path = folder / str(relative)
        if not path.is_file():
            raise SpecFoundryError(
                f"overlay file {path} does not exist",
                file=config_file,
                place=f"[overlays] files[{index}]",
                fix="fix the path or remove the entry",
            )
        overlays.append(path)

    targets = []
    for index, entry in enumerate(_list_of_tables(raw, "targets", config_file)):
        place = f"[[targets]] #{index + 1}"
        kind = _string(entry, "kind", config_file, place)
        if kind not in KNOWN_TARGET_KINDS:
            raise SpecFoundryError(
                f"unknown target kind {kind!r}",
                file=config_file,
                place=f"{place} kind",
                fix=f"use one of: {', '.join(KNOWN_TARGET_KINDS)}",
            )
        package = _string(entry, "package", config_file, place)
        settings = {key: value for key, value in entry.items() if key not in ("kind", "package")}
        targets.append(TargetConfig(kind=kind, package=package, settings=settings))

    return ApiConfig(
        name=name,
        folder=folder,
        title=str(api.get("title", name)),
        sources=tuple(sources),
        overlays=tuple(overlays),
        targets=tuple(targets),
        settings={key: value for key, value in raw.items() if key not in ("api", "sources", "overlays", "targets")},
    )


def discover_apis(specs_dir: Path) -> list[Path]:
    """Every folder under specs/ that has an api.toml, in name order (so runs are deterministic)."""
    return sorted(path.parent for path in specs_dir.glob(f"*/{API_FILE}"))


def _table(raw: dict[str, Any], key: str, file: Path) -> dict[str, Any]:
    value = raw.get(key)
    if not isinstance(value, dict):
        raise SpecFoundryError(f"missing [{key}] table", file=file, fix=f"add a [{key}] table")
    return value


def _list_of_tables(raw: dict[str, Any], key: str, file: Path) -> list[dict[str, Any]]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise SpecFoundryError(f"{key} must be an array of tables", file=file, fix=f"write [[{key}]] tables")
    return value


def _string(table: dict[str, Any], key: str, file: Path, place: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value:
        raise SpecFoundryError(f"missing or empty {key!r}", file=file, place=place, fix=f'add {key} = "..."')
    return value
