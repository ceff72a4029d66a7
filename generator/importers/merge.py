"""Merge the OpenAPI fragments of several pages of one API into one document.

Each page repeats the shared parts (info, servers, tags, components). The rule is strict on purpose:
identical definitions merge, and a component defined differently by two pages is an error naming both
pages, since guessing which one the vendor meant would hide a real inconsistency.
"""

from __future__ import annotations

import copy
from typing import Any

from generator.errors import Diagnostic, Level, SpecFoundryError

_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def merge_documents(
    pages: list[tuple[str, dict[str, Any]]], diagnostics: list[Diagnostic] | None = None
) -> dict[str, Any]:
    """Merge (page name, fragment) pairs in order; raise SpecFoundryError on a conflict.

    Document-wide keys (openapi, info, servers, security) are taken from the first page that has them;
    a later page with a different value is reported in `diagnostics`, not merged, because pages rendered
    from one vendor spec only differ there when a page shows less of it.
    """
    merger = Merger(diagnostics)
    for page, fragment in pages:
        merger.add(page, fragment)
    return merger.document


class Merger:
    """The merge, one page at a time: adding a page costs that page's size, not the document's.

    `document` is the merge so far; importers read it as `known` between pages (never keep or change it).
    Objects already merged are never replaced or changed in place, only new keys are added, so what a
    reader derived from a component stays true for the rest of the merge.
    """

    def __init__(self, diagnostics: list[Diagnostic] | None = None) -> None:
        self.document: dict[str, Any] = {}
        self.diagnostics = diagnostics
        self.origin: dict[str, str] = {}  # "components/schemas/x" → page that defined it first
        self.tag_names: set[Any] = set()

    def add(self, page: str, fragment: dict[str, Any]) -> None:
        merged = self.document
        for key, value in copy.deepcopy(fragment).items():  # never alias the pages' own objects
            if key == "paths":
                _merge_paths(merged.setdefault("paths", {}), value or {}, page, self.origin)
            elif key == "components":
                _merge_components(merged.setdefault("components", {}), value or {}, page, self.origin)
            elif key == "tags":
                _merge_tags(merged.setdefault("tags", []), value or [], self.tag_names)
            elif key not in merged:
                merged[key] = value
                self.origin[key] = page
            elif merged[key] != value and self.diagnostics is not None:
                self.diagnostics.append(
                    Diagnostic(
                        Level.WARNING,
                        f"'{key}' differs from the one in {self.origin[key]!r}; keeping {self.origin[key]!r}'s",
                        file=page,
                        place=key,
                        code="merge-differs",
                    )
                )


def _merge_components(target: dict[str, Any], incoming: dict[str, Any], page: str, origin: dict[str, str]) -> None:
    for section, entries in incoming.items():
        bucket = target.setdefault(section, {})
        for name, definition in (entries or {}).items():
            where = f"components/{section}/{name}"
            if name not in bucket:
                bucket[name] = definition
                origin[where] = page
            elif bucket[name] != definition:
                raise SpecFoundryError(
                    f"component {where} is defined differently by {origin[where]!r} and {page!r}",
                    file=page,
                    place=where,
                    fix="the pages disagree: report it upstream; until then drop one page from api.toml",
                )


def _merge_paths(target: dict[str, Any], incoming: dict[str, Any], page: str, origin: dict[str, str]) -> None:
    for path, item in incoming.items():
        bucket = target.setdefault(path, {})
        for key, value in item.items():
            where = f"paths/{path}/{key}"
            if key not in bucket:
                bucket[key] = value
                origin[where] = page
            elif bucket[key] != value:
                kind = "operation" if key in _HTTP_METHODS else "path item field"
                raise SpecFoundryError(
                    f"{kind} {key.upper() if key in _HTTP_METHODS else key} {path} differs between "
                    f"{origin[where]!r} and {page!r}",
                    file=page,
                    place=where,
                    fix="keep one page per operation, or make them agree",
                )


def _merge_tags(target: list[Any], incoming: list[Any], names: set[Any]) -> None:
    for tag in incoming:
        if isinstance(tag, dict) and tag.get("name") not in names:
            target.append(tag)
            names.add(tag.get("name"))
