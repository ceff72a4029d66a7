"""An API is a folder: `specs/<api>/api.toml` says where its sources are, how to read them, which
overlays curate them and which packages to generate. This module reads and checks that file."""

from __future__ import annotations

import keyword
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from generator.errors import SpecFoundryError
from generator.package_metadata import PackageMetadata, load_package_table

API_FILE = "api.toml"
CURATED_SPEC = "openapi.yaml"


@dataclass(frozen=True)
class SourceConfig:
    path: Path
    format: str
    options: dict[str, Any] = field(default_factory=dict)
    url: str | None = None  # where `specfoundry update` fetches the document from (`path` is the captured copy)


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
    package: PackageMetadata = field(default_factory=PackageMetadata)  # [package]: license, classifiers, urls

    @property
    def curated_spec(self) -> Path:
        return self.folder / CURATED_SPEC

    @property
    def config_file(self) -> Path:
        return self.folder / API_FILE


KNOWN_TARGET_KINDS = ("client", "models")

# An API folder name and a package name: lowercase words joined by hyphens. The package name is a folder
# under generated/ and, with underscores, an import name, so nothing that could leave generated/ or fail
# to import (separators, dots, `..`, spaces, quotes) ever gets that far.
_API_NAME = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
_PACKAGE_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
MAX_NAME_LENGTH = 64

# Settings whose type a typo could get wrong (dotted key under the table → expected type).
_SETTING_TYPES: dict[str, tuple[type, ...]] = {
    "normalize.timeout_seconds": (int, float),
    "normalize.auth.header": (str,),
    "normalize.auth.value": (str,),
    "normalize.server.required_variables": (list,),
    "normalize.pagination.page_parameter": (str,),
    "normalize.pagination.size_parameter": (str,),
    "normalize.pagination.total_pages_header": (str,),
    "normalize.pagination.default_page_size": (int,),
}
_TYPE_WORDS: dict[tuple[type, ...], str] = {
    (int, float): "a number",
    (int,): "an integer",
    (str,): "a string",
    (list,): "a list",
}
_TARGET_SETTING_TYPES: dict[str, tuple[type, ...]] = {
    "max_retries": (int,),
    "default_page_size": (int,),
    "readme_example": (str,),
    "api_key_env": (str,),
    "request_id_header": (str,),
}
# An environment variable name a generated client reads the API key from, and an HTTP header name.
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,127}")
_HEADER_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,128}")


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
    if not _API_NAME.fullmatch(name) or len(name) > MAX_NAME_LENGTH:
        raise SpecFoundryError(
            f"[api] name {name!r} is not a valid API name",
            file=config_file,
            place="[api] name",
            fix="use lowercase letters, digits and single hyphens, e.g. 'acme-billing'",
        )
    title = api.get("title", name)
    if not isinstance(title, str):
        raise SpecFoundryError(
            "[api] title must be a string", file=config_file, place="[api] title", fix='title = "..."'
        )
    if name != folder.name:
        raise SpecFoundryError(
            f"[api] name {name!r} differs from the folder name {folder.name!r}",
            file=config_file,
            place="[api] name",
            fix=f"set name = {folder.name!r} or rename the folder",
        )

    sources: list[SourceConfig] = []
    globbed: dict[Path, int] = {}  # file a glob matched → its index in `sources`
    named: list[tuple[SourceConfig, str]] = []  # `path` entries, to settle against globs afterwards
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
        if "glob" in entry:
            options = {key: value for key, value in entry.items() if key not in ("glob", "format", "first")}
            for path in _globbed(folder, entry, config_file, place):
                if path not in globbed:  # a file two globs match is imported once, where it first appears
                    globbed[path] = len(sources)
                    sources.append(SourceConfig(path=path, format=fmt, options=dict(options)))
            continue
        url = None
        if "url" in entry:
            url = _string(entry, "url", config_file, place)
            problem = url_problem(url)
            if problem:
                raise SpecFoundryError(
                    f"source url {url!r} {problem}",
                    file=config_file,
                    place=f"{place} url",
                    fix='use url = "https://host/path" (plain http only for 127.0.0.1, localhost or ::1)',
                )
        path = inside_folder(
            folder,
            _string(entry, "path", config_file, place),
            config_file,
            f"{place} path",
            must_exist=url is None,  # a source with a url is captured by `specfoundry update`
        )
        options = {key: value for key, value in entry.items() if key not in ("path", "format", "url")}
        source = SourceConfig(path=path, format=fmt, options=options, url=url)
        named.append((source, place))
        sources.append(source)
    # A `path` entry for a file a glob matches gives that file its own settings; it keeps the glob's place
    # in the order (names derived on a page can depend on the pages before it).
    merged: set[int] = set()
    for source, place in named:
        at = globbed.get(source.path)
        if at is None:
            continue
        if sources[at].format != source.format:
            raise SpecFoundryError(
                f"{source.path.name} is matched by a glob with format {sources[at].format!r} and named with "
                f"format {source.format!r}",
                file=config_file,
                place=f"{place} format",
                fix="give the file the glob's format, or keep it out of the glob's pattern",
            )
        sources[at] = SourceConfig(source.path, source.format, {**sources[at].options, **source.options}, source.url)
        merged.add(id(source))
    sources = [source for source in sources if id(source) not in merged]  # by identity: equal ones may differ
    if not sources:
        raise SpecFoundryError(
            "no [[sources]] declared",
            file=config_file,
            fix="add at least one [[sources]] table with path and format",
        )

    overlays = []
    overlay_table = raw.get("overlays", {})
    files = overlay_table.get("files", []) if isinstance(overlay_table, dict) else None
    if not isinstance(files, list) or not all(isinstance(item, str) for item in files):
        raise SpecFoundryError(
            "[overlays] files must be a list of paths",
            file=config_file,
            place="[overlays] files",
            fix='files = ["overlays/fixes.yaml"]',
        )
    for index, relative in enumerate(files):
        overlays.append(inside_folder(folder, relative, config_file, f"[overlays] files[{index}]"))

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
        if not _PACKAGE_NAME.fullmatch(package) or len(package) > MAX_NAME_LENGTH or _is_keyword(package):
            raise SpecFoundryError(
                f"package name {package!r} is not a valid distribution name",
                file=config_file,
                place=f"{place} package",
                fix="use lowercase letters, digits and single hyphens, starting with a letter, e.g. 'acme-client' "
                "(it names generated/<package>/ and, with underscores, the import name)",
            )
        settings = {key: value for key, value in entry.items() if key not in ("kind", "package")}
        _check_types(settings, _TARGET_SETTING_TYPES, config_file, place)
        _check_names(settings, config_file, place)
        targets.append(TargetConfig(kind=kind, package=package, settings=settings))

    packages = [target.package for target in targets]
    for package in sorted({package for package in packages if packages.count(package) > 1}):
        raise SpecFoundryError(
            f"two targets write the same package {package!r}",
            file=config_file,
            place="[[targets]] package",
            fix="give each target its own package name",
        )
    package_metadata = load_package_table(raw.get("package"), config_file)
    settings = {
        key: value for key, value in raw.items() if key not in ("api", "sources", "overlays", "targets", "package")
    }
    _check_types(_flatten(settings), _SETTING_TYPES, config_file, "")
    return ApiConfig(
        name=name,
        folder=folder,
        title=title,
        sources=tuple(sources),
        overlays=tuple(overlays),
        targets=tuple(targets),
        settings=settings,
        package=package_metadata,
    )


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def url_problem(url: str) -> str | None:
    """Why `url` may not be fetched (None: it may): https only (http for loopback hosts, for tests), a host,
    and no credentials in it (a committed api.toml is no place for them)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError as error:
        return f"is malformed ({error})"
    if parts.scheme not in ("https", "http"):
        return "must use https"
    if not host:
        return "has no host"
    if parts.scheme == "http" and host not in LOOPBACK_HOSTS:
        return "must use https (plain http is allowed only for 127.0.0.1, localhost and ::1)"
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return "must not carry credentials"
    if any(ord(char) < 0x21 or ord(char) == 0x7F for char in url):
        return "contains spaces or control characters"
    return None


def _globbed(folder: Path, entry: dict[str, Any], config_file: Path, place: str) -> list[Path]:
    """The files a `glob` source names, in the documented order: those listed in `first` (in that order),
    then the others sorted by their path relative to the API folder. Every file is checked like a `path`."""
    pattern = _string(entry, "glob", config_file, place)
    if "path" in entry or "url" in entry:
        raise SpecFoundryError(
            "a source has both glob and path (or url)",
            file=config_file,
            place=place,
            fix="a glob names several captured files: give either glob or path (and url)",
        )
    if Path(pattern).is_absolute() or ".." in Path(pattern).parts or not pattern.strip():
        raise SpecFoundryError(
            f"glob {pattern!r} does not stay inside the API folder",
            file=config_file,
            place=f"{place} glob",
            fix='give a pattern relative to the API folder, e.g. glob = "sources/*.md"',
        )
    first = entry.get("first", [])
    if not isinstance(first, list) or not all(isinstance(item, str) for item in first):
        raise SpecFoundryError(
            "first must be a list of paths",
            file=config_file,
            place=f"{place} first",
            fix='first = ["sources/overview.md"]',
        )
    matched = sorted(
        (path for path in folder.glob(pattern) if not path.is_dir()),
        key=lambda path: path.relative_to(folder).as_posix(),
    )
    if not matched:
        raise SpecFoundryError(
            f"glob {pattern!r} matches no file",
            file=config_file,
            place=f"{place} glob",
            fix="fix the pattern (relative to the API folder) or capture the documents first",
        )
    leading = [inside_folder(folder, relative, config_file, f"{place} first") for relative in first]
    for path in leading:
        if path not in matched:
            raise SpecFoundryError(
                f"{path.relative_to(folder).as_posix()!r} in first is not matched by the glob {pattern!r}",
                file=config_file,
                place=f"{place} first",
                fix="list only files the pattern matches",
            )
    rest = [path for path in matched if path not in leading]
    return [
        inside_folder(folder, path.relative_to(folder).as_posix(), config_file, f"{place} glob")
        for path in [*leading, *rest]
    ]


def inside_folder(folder: Path, relative: str, config_file: Path, place: str, *, must_exist: bool = True) -> Path:
    """`folder/relative`, checked to be a regular file inside `folder` (symlinks resolved) before anything
    opens it: sources and overlays are the API folder's own files, never /etc/passwd or a device.
    With `must_exist` False (a source `update` captures), it may be missing, but not anything else."""
    candidate = folder / relative
    resolved = candidate.resolve()
    if Path(relative).is_absolute() or not resolved.is_relative_to(folder.resolve()):
        raise SpecFoundryError(
            f"{relative!r} is outside the API folder",
            file=config_file,
            place=place,
            fix=f"copy the file into {folder.name}/ (e.g. {folder.name}/sources/) and give its path relative to it",
        )
    if not resolved.is_file() and (must_exist or resolved.exists()):
        raise SpecFoundryError(
            f"{relative!r} does not exist or is not a regular file",
            file=config_file,
            place=place,
            fix="fix the path (relative to the API folder)",
        )
    return candidate


def _is_keyword(package: str) -> bool:
    return keyword.iskeyword(package.replace("-", "_"))


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """{"normalize": {"auth": {"header": x}}} → {"normalize.auth.header": x}."""
    flat: dict[str, Any] = {}
    for key, value in table.items():
        dotted = f"{prefix}{key}"
        flat[dotted] = value
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{dotted}."))
    return flat


def _check_types(values: dict[str, Any], expected: dict[str, tuple[type, ...]], file: Path, place: str) -> None:
    for key, types in expected.items():
        value = values.get(key)
        if value is None:
            continue
        wrong_bool = isinstance(value, bool) and bool not in types  # TOML true is not a number here
        if wrong_bool or not isinstance(value, types) or (isinstance(value, int | float) and value < 0):
            wanted = _TYPE_WORDS[types]
            raise SpecFoundryError(
                f"{key} must be {wanted}" + (" (not negative)" if isinstance(value, int | float) else ""),
                file=file,
                place=f"{place} {key}".strip(),
                fix=f"set {key.rsplit('.', 1)[-1]} to {wanted}",
            )
        if isinstance(value, list) and not all(isinstance(item, str) for item in value):
            raise SpecFoundryError(f"{key} must list names", file=file, place=key, fix='required_variables = ["build"]')


def _check_names(settings: dict[str, Any], file: Path, place: str) -> None:
    env = settings.get("api_key_env")
    if env is not None and not _ENV_NAME.fullmatch(env):
        raise SpecFoundryError(
            f"api_key_env {env!r} is not an environment variable name",
            file=file,
            place=f"{place} api_key_env",
            fix='use letters, digits and underscores, not starting with a digit, e.g. api_key_env = "ACME_API_KEY"',
        )
    header = settings.get("request_id_header")
    if header is not None and not _HEADER_TOKEN.fullmatch(header):
        raise SpecFoundryError(
            f"request_id_header {header!r} is not an HTTP header name",
            file=file,
            place=f"{place} request_id_header",
            fix='use an HTTP token (letters, digits, !#$%&\'*+-.^_`|~), e.g. request_id_header = "X-Request-Id"',
        )


def discover_apis(specs_dir: Path) -> list[Path]:
    """Every folder under specs/ that has an api.toml, in name order (so runs are deterministic)."""
    folders = sorted(path.parent for path in specs_dir.glob(f"*/{API_FILE}"))
    for folder in folders:
        config_file = folder / API_FILE
        if not config_file.resolve().is_relative_to(specs_dir.resolve() / folder.name):
            raise SpecFoundryError(
                "the API folder or its api.toml is a link to a place outside specs/",
                file=config_file,
                fix="keep an API's files inside its folder under specs/ (copy them in, not links)",
            )
    return folders


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
