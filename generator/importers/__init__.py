"""Stage 1, import: every source document of an API → one merged OpenAPI document.

Formats are registered here by name; `api.toml` picks one per source.
"""

from __future__ import annotations

from typing import Any

from generator.config import SourceConfig
from generator.errors import Diagnostic
from generator.importers.base import Importer, ImportResult, SourceDocument
from generator.importers.merge import merge_documents
from generator.importers.mintlify_export import import_mintlify_export
from generator.importers.mintlify_rendered import import_mintlify_rendered
from generator.importers.widdershins import import_widdershins

IMPORTERS: dict[str, Importer] = {
    "mintlify-export": import_mintlify_export,
    "mintlify-rendered": import_mintlify_rendered,
    "widdershins": import_widdershins,
}

KNOWN_FORMATS: tuple[str, ...] = tuple(sorted(IMPORTERS))


def import_sources(sources: tuple[SourceConfig, ...]) -> ImportResult:
    """Import each source in order, each seeing what the earlier ones produced, and merge them."""
    pages: list[tuple[str, dict[str, Any]]] = []
    diagnostics: list[Diagnostic] = []
    for source in sources:
        document = SourceDocument(
            path=source.path, text=source.path.read_text(encoding="utf-8"), options=source.options
        )
        known = merge_documents(pages)  # what the earlier sources defined, for reuse
        result = IMPORTERS[source.format](document, known)
        diagnostics.extend(result.diagnostics)
        pages.append((source.path.name, result.document))
    return ImportResult(document=merge_documents(pages, diagnostics), diagnostics=diagnostics)
