"""Stage 1, import: every source document of an API → one merged OpenAPI document.

Formats are registered here by name; `api.toml` picks one per source. Whatever the format, each source is
read within the budgets (generator.textfiles, generator.yamlio), its result checked for shape and nesting
and its external `$ref`s bundled (generator.importers.bundle) before the pages are merged, and every
problem of every source is reported at once.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.budgets import MAX_NESTING
from generator.config import API_FILE, SourceConfig
from generator.errors import Diagnostic, SpecFoundryError
from generator.importers.base import Importer, ImportResult, SourceDocument
from generator.importers.bundle import Bundler
from generator.importers.merge import Merger
from generator.shape import check_shape, deepest, pointer
from generator.textfiles import read_document

# Format → (module, function). Imported on first use: an API reads one or two formats, and every command
# starts a fresh process, so loading every importer would cost each run the unused ones.
IMPORTERS: dict[str, tuple[str, str]] = {
    "mintlify-export": ("generator.importers.mintlify_export", "import_mintlify_export"),
    "mintlify-rendered": ("generator.importers.mintlify_rendered", "import_mintlify_rendered"),
    "openapi": ("generator.importers.openapi", "import_openapi"),
    "widdershins": ("generator.importers.widdershins", "import_widdershins"),
}

KNOWN_FORMATS: tuple[str, ...] = tuple(sorted(IMPORTERS))
# Per format: the component names a document defines under the vendor's own names (read before importing).
RESERVED_NAMES: dict[str, tuple[str, str]] = {"widdershins": ("generator.importers.widdershins", "vendor_schema_names")}
# Per format: a planner that reads every source of the format before any is imported, for what must not
# depend on source order (Widdershins schema names). Its result reaches each source as `context`.
PLANNERS: dict[str, tuple[str, str]] = {"widdershins": ("generator.importers.widdershins", "plan_import")}


def importer(format_name: str) -> Importer:
    """The import function of a format (one of KNOWN_FORMATS)."""
    module, function = IMPORTERS[format_name]
    found: Importer = getattr(importlib.import_module(module), function)
    return found


def importers() -> dict[str, Importer]:
    """Format name → importer (each imported on first use)."""
    return {name: importer(name) for name in KNOWN_FORMATS}


def import_sources(sources: tuple[SourceConfig, ...], *, folder: Path | None = None) -> ImportResult:
    """Import each source in order, each seeing what the earlier ones produced, and merge them.

    `folder` is the API folder: sources and the files their `$ref`s name must lie inside it (without it,
    each source's own folder is the limit).
    """
    # The cyclic garbage collector rescans the whole growing merge at each full collection, which makes
    # a long import superlinear; documents are trees (no cycles), so pause it and let it run once after.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _import_sources(sources, folder)
    finally:
        if paused:
            gc.enable()


def _import_sources(sources: tuple[SourceConfig, ...], folder: Path | None) -> ImportResult:
    pages: list[tuple[Path, dict[str, Any]]] = []
    diagnostics: list[Diagnostic] = []
    problems: list[Diagnostic] = []
    texts: dict[int, str] = {}
    for index, source in enumerate(sources):  # checked and read first: names reserved below need every text
        try:
            _check_inside(source, index, folder or source.path.parent)
            if source.url and not source.path.exists():
                raise SpecFoundryError(
                    "the source has a url but has not been captured yet",
                    file=source.path,
                    fix=f"run `specfoundry update {folder.name if folder else ''}` to fetch it from {source.url}",
                )
            texts[index] = read_document(source.path)
        except SpecFoundryError as error:  # report it with the other sources' problems, go on
            problems.extend(error.as_diagnostics())
    # Component names a source defines itself (a vendor's `# Schemas`): names derived on any page avoid
    # them, whichever page comes first.
    reserved = frozenset(name for index, text in texts.items() for name in _reserved_names(sources[index].format)(text))
    # One merge that grows page by page: re-merging the earlier pages for every source made the import
    # quadratic in the number of sources (80 s for Simpro's 322 sections).
    read = {
        index: SourceDocument(sources[index].path, text, sources[index].options, reserved)
        for index, text in texts.items()
    }
    contexts = _plans(sources, read)
    merger = Merger(diagnostics)
    bundlers: dict[Path, Bundler] = {}
    for index, text in texts.items():
        source = sources[index]
        limit = folder or source.path.parent
        try:
            captured = SourceDocument(source.path, text, source.options, reserved, contexts.get(source.format))
            result = _import_one(captured, source.format, merger.document)  # earlier sources, for reuse
            bundler = bundlers.setdefault(limit, Bundler(limit))
            document = bundler.bundle(result.document, file=source.path)
            diagnostics.extend(result.diagnostics)
            merger.add(source.path.name, document)
        except SpecFoundryError as error:  # report it with the other sources' problems, go on
            problems.extend(error.as_diagnostics())
            continue
        pages.append((source.path, document))
    if problems:
        raise SpecFoundryError.from_diagnostics(
            "the API's sources cannot be imported", problems, file=folder, fix="fix each problem below in its file"
        )
    return ImportResult(document=merger.document, diagnostics=diagnostics, pages=pages)


def _plans(sources: tuple[SourceConfig, ...], read: dict[int, SourceDocument]) -> dict[str, object]:
    """Each planned format's plan, made from all of its sources in order."""
    plans: dict[str, object] = {}
    for format_name, (module, function) in PLANNERS.items():
        mine = [document for index, document in read.items() if sources[index].format == format_name]
        if mine:
            plans[format_name] = getattr(importlib.import_module(module), function)(mine)
    return plans


def _reserved_names(format_name: str) -> Callable[[str], set[str]]:
    if format_name not in RESERVED_NAMES:
        return _no_names
    module, function = RESERVED_NAMES[format_name]
    found: Callable[[str], set[str]] = getattr(importlib.import_module(module), function)
    return found


def _no_names(text: str) -> set[str]:
    return set()


def _import_one(source: SourceDocument, format: str, known: dict[str, Any]) -> ImportResult:
    try:
        result = importer(format)(source, known)
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
