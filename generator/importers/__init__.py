"""Stage 1, import: every source document of an API → one merged OpenAPI document.

Formats are registered here by name; `api.toml` picks one per source. Whatever the format, each source is
read within the budgets (generator.textfiles, generator.yamlio), its result checked for shape and nesting
and its external `$ref`s bundled (generator.importers.bundle) before the pages are merged, and every
problem of every source is reported at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.budgets import MAX_NESTING
from generator.config import API_FILE, SourceConfig
from generator.errors import Diagnostic, SpecFoundryError
from generator.importers.base import Importer, ImportResult, SourceDocument
from generator.importers.bundle import Bundler
from generator.importers.merge import merge_documents
from generator.shape import check_shape, deepest, pointer
from generator.textfiles import read_document

# The format names, known without importing the importers: commands that only read a spec (`diff`, `lint
# --file`) never pay for loading them (a test checks this list against `importers()`).
KNOWN_FORMATS: tuple[str, ...] = ("mintlify-export", "mintlify-rendered", "openapi", "widdershins")


def importers() -> dict[str, Importer]:
    """Format name → importer, imported on first use."""
    from generator.importers.mintlify_export import import_mintlify_export
    from generator.importers.mintlify_rendered import import_mintlify_rendered
    from generator.importers.openapi import import_openapi
    from generator.importers.widdershins import import_widdershins

    return {
        "mintlify-export": import_mintlify_export,
        "mintlify-rendered": import_mintlify_rendered,
        "openapi": import_openapi,
        "widdershins": import_widdershins,
    }


def import_sources(sources: tuple[SourceConfig, ...], *, folder: Path | None = None) -> ImportResult:
    """Import each source in order, each seeing what the earlier ones produced, and merge them.

    `folder` is the API folder: sources and the files their `$ref`s name must lie inside it (without it,
    each source's own folder is the limit).
    """
    pages: list[tuple[Path, dict[str, Any]]] = []
    diagnostics: list[Diagnostic] = []
    problems: list[Diagnostic] = []
    bundlers: dict[Path, Bundler] = {}
    for index, source in enumerate(sources):
        limit = folder or source.path.parent
        try:
            _check_inside(source, index, limit)
            if source.url and not source.path.exists():
                raise SpecFoundryError(
                    "the source has a url but has not been captured yet",
                    file=source.path,
                    fix=f"run `specfoundry update {folder.name if folder else ''}` to fetch it from {source.url}",
                )
            known = merge_documents([(path.name, page) for path, page in pages])  # earlier sources, for reuse
            result = _import_one(source, known)
            bundler = bundlers.setdefault(limit, Bundler(limit))
            document = bundler.bundle(result.document, file=source.path)
        except SpecFoundryError as error:  # report it with the other sources' problems, go on
            problems.extend(error.as_diagnostics())
            continue
        diagnostics.extend(result.diagnostics)
        pages.append((source.path, document))
    if problems:
        raise SpecFoundryError.from_diagnostics(
            "the API's sources cannot be imported", problems, file=folder, fix="fix each problem below in its file"
        )
    merged = merge_documents([(path.name, page) for path, page in pages], diagnostics)
    return ImportResult(document=merged, diagnostics=diagnostics, pages=pages)


def _import_one(source: SourceConfig, known: dict[str, Any]) -> ImportResult:
    document = SourceDocument(path=source.path, text=read_document(source.path), options=source.options)
    try:
        result = importers()[source.format](document, known)
    except RecursionError:  # a backstop: budgets keep documents shallow enough, but importers parse JSON too
        raise SpecFoundryError(
            "the document nests too deeply for the importer",
            file=source.path,
            fix=f"flatten it: no real API document nests more than {MAX_NESTING} levels",
        ) from None
    depth, path = deepest(result.document)
    if depth > MAX_NESTING:  # examples and schemas an importer built from JSON in the page
        raise SpecFoundryError(
            f"the imported document nests {depth} levels deep, more than the budget of {MAX_NESTING}",
            file=source.path,
            place=pointer(path),
            fix="flatten the nested example or schema in the page",
        )
    shape = check_shape(result.document, file=str(source.path))
    if shape:
        raise SpecFoundryError.from_diagnostics(
            "the document does not have the shape of an OpenAPI document",
            shape,
            file=source.path,
            fix="fix each place below (a JSON pointer into the OpenAPI document)",
        )
    return result


def _check_inside(source: SourceConfig, index: int, folder: Path) -> None:
    """A source must lie inside the API folder: no foreign files, even through a symlink."""
    if not source.path.resolve().is_relative_to(folder.resolve()):
        raise SpecFoundryError(
            f"source file {source.path} lies outside the API folder",
            file=folder / API_FILE,
            place=f"[[sources]] #{index + 1} path",
            fix="copy the document into the API folder (e.g. sources/) and point to the copy",
        )
