"""Distribution metadata of the generated packages: api.toml's `[package]` table, checked, and what the
spec's `info.license` adds when api.toml names no license.

```toml
[package]
license = "MIT"                                      # an SPDX license expression
classifiers = ["Development Status :: 4 - Beta"]     # besides those every package gets (Python 3, typed, ...)
urls = { Homepage = "https://example.com", Documentation = "https://example.com/docs" }
```

Every value is vendor text: it reaches pyproject.toml only through the `toml_str` filter. Every problem
of the table is reported at once, each with its place and fix.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import trove_classifiers
from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression

from generator.errors import Diagnostic, Level, SpecFoundryError, shown

# Core metadata limits a Project-URL label to 32 characters (PEP 753).
MAX_URL_LABEL = 32
_KNOWN_KEYS = ("license", "classifiers", "urls")
# Classifiers every generated package carries (they hold for what SpecFoundry generates).
BASE_CLASSIFIERS = (
    "Intended Audience :: Developers",
    "Operating System :: OS Independent",
    "Programming Language :: Python :: 3",
    "Programming Language :: Python :: 3 :: Only",
    "Programming Language :: Python :: 3.11",
    "Programming Language :: Python :: 3.12",
    "Programming Language :: Python :: 3.13",
    "Topic :: Software Development :: Libraries :: Python Modules",
    "Typing :: Typed",
)
KIND_CLASSIFIERS = {"models": ("Framework :: Pydantic", "Framework :: Pydantic :: 2")}


@dataclass(frozen=True)
class PackageMetadata:
    license: str | None = None  # a canonical SPDX expression
    classifiers: tuple[str, ...] = ()
    urls: tuple[tuple[str, str], ...] = ()  # (label, url), in api.toml's order


@dataclass(frozen=True)
class ProjectMetadata:
    """What a generated pyproject.toml declares beyond name, version and dependencies."""

    license: str | None
    classifiers: list[str] = field(default_factory=list)
    urls: list[tuple[str, str]] = field(default_factory=list)


def load_package_table(raw: Any, file: Path) -> PackageMetadata:
    """api.toml's `[package]` table (absent: empty), or one error listing every problem in it."""
    if raw is None:
        return PackageMetadata()
    if not isinstance(raw, dict):
        raise SpecFoundryError(
            "[package] must be a table", file=file, place="[package]", fix='write [package] with license = "MIT"'
        )
    problems: list[Diagnostic] = []

    def problem(message: str, place: str, fix: str) -> None:
        problems.append(Diagnostic(Level.ERROR, message, file=str(file), place=f"[package] {place}", fix=fix))

    for key in sorted(set(raw) - set(_KNOWN_KEYS)):
        problem(f"unknown setting {shown(key)}", key, f"use one of: {', '.join(_KNOWN_KEYS)}")
    license_expression = None
    if "license" in raw:
        license_expression = spdx_expression(raw["license"])
        if license_expression is None:
            problem(
                f"license {shown(raw['license'])} is not an SPDX license expression",
                "license",
                'use an SPDX identifier or expression, e.g. license = "MIT", "Apache-2.0", "MIT OR Apache-2.0", '
                'or "LicenseRef-<name>" for a license of your own',
            )
    classifiers = raw.get("classifiers", [])
    if not isinstance(classifiers, list) or not all(isinstance(item, str) for item in classifiers):
        problem("classifiers must be a list of strings", "classifiers", 'classifiers = ["Typing :: Typed"]')
        classifiers = []
    for index, classifier in enumerate(classifiers):
        fix = _classifier_problem(classifier)
        if fix:
            problem(f"{shown(classifier)} is not a classifier a package may declare", f"classifiers[{index}]", fix)
    urls = raw.get("urls", {})
    if not isinstance(urls, dict):
        problem("urls must be a table of label = URL", "urls", 'urls = { Homepage = "https://example.com" }')
        urls = {}
    for label, url in urls.items():
        if not label.strip() or len(label) > MAX_URL_LABEL or not label.isprintable():
            problem(
                f"URL label {shown(label)} is empty, unprintable or longer than {MAX_URL_LABEL} characters",
                f"urls.{shown(label)}",
                "use a short label such as Homepage, Documentation, Repository, Issues or Changelog",
            )
        why = _url_problem(url)
        if why:
            problem(f"URL {shown(url)} {why}", f"urls.{shown(label)}", 'use a URL like "https://example.com/docs"')
    if problems:
        raise SpecFoundryError.from_diagnostics(
            "the [package] table has problems", problems, file=file, fix="correct each setting listed"
        )
    return PackageMetadata(
        license=license_expression,
        classifiers=tuple(classifiers),
        urls=tuple((str(label), str(url)) for label, url in urls.items()),
    )


def spdx_expression(value: Any) -> str | None:
    """`value` as a canonical SPDX license expression (`mit` → `MIT`), or None when it is none."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return str(canonicalize_license_expression(value))
    except InvalidLicenseExpression:
        return None


def project_metadata(package: PackageMetadata, document: dict[str, Any], kind: str) -> ProjectMetadata:
    """What one generated package declares: api.toml's `[package]`, then the spec's `info.license`
    (its SPDX `identifier`, or a `name` that is an SPDX expression, and its `url` as the "License" URL)."""
    info = document.get("info")
    found = info.get("license") if isinstance(info, dict) else None
    spec_license: dict[str, Any] = found if isinstance(found, dict) else {}
    license_expression = package.license
    if license_expression is None:
        license_expression = spdx_expression(spec_license.get("identifier")) or spdx_expression(
            spec_license.get("name")
        )
    urls = list(package.urls)
    license_url = spec_license.get("url")
    labels = {label.lower() for label, _url in urls}
    if isinstance(license_url, str) and not _url_problem(license_url) and "license" not in labels:
        urls.append(("License", license_url))
    classifiers = sorted({*BASE_CLASSIFIERS, *KIND_CLASSIFIERS.get(kind, ()), *package.classifiers})
    return ProjectMetadata(license=license_expression, classifiers=classifiers, urls=urls)


def _classifier_problem(classifier: str) -> str | None:
    """The fix for a classifier that is unknown, deprecated or a license classifier (None: it is fine)."""
    if classifier.startswith("Private :: ") and classifier.isprintable():
        return None  # the convention that keeps a package off public indexes (they refuse the upload)
    if classifier.startswith("License ::"):
        return 'name the license with license = "<SPDX expression>" instead (license classifiers are deprecated)'
    if classifier in trove_classifiers.deprecated_classifiers:
        replacements = trove_classifiers.deprecated_classifiers[classifier]
        return f"it is deprecated; use {' or '.join(map(repr, replacements))}" if replacements else "it is deprecated"
    if classifier in trove_classifiers.classifiers:
        return None
    close = difflib.get_close_matches(classifier, sorted(trove_classifiers.classifiers), n=1)
    return f"did you mean {close[0]!r}?" if close else "use a trove classifier (python -m trove_classifiers lists them)"


def _url_problem(url: Any) -> str | None:
    if not isinstance(url, str):
        return "must be a string"
    if any(ord(char) < 0x21 or ord(char) == 0x7F or not char.isprintable() for char in url):
        return "contains spaces or control characters"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError as error:
        return f"is malformed ({error})"
    if parts.scheme not in ("https", "http"):
        return "must be an https (or http) URL"
    if not parts.hostname:
        return "has no host"
    if parts.username is not None or parts.password is not None:
        return "must not carry credentials"
    return None
