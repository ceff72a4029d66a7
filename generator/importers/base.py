"""The importer contract: one vendor document in, one OpenAPI 3.x document (a plain dict) out.

Every importer is a pure function `(source, known) -> ImportResult`:
- `source` is the document as captured (its path is only used in messages);
- `known` is the OpenAPI document merged so far from the API's earlier sources (possibly empty), so a
  later page can reuse components an earlier page already defined instead of inventing duplicates.
Importers raise `SpecFoundryError` for input they cannot read at all and return `Diagnostic`s (with file
and line) for anything they read but could not place. They never drop content silently.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import Diagnostic


@dataclass(frozen=True)
class SourceDocument:
    path: Path
    text: str
    # Per-source settings from api.toml (the `[[sources]]` table minus path and format).
    options: Mapping[str, Any] = field(default_factory=dict)
    # Component names the API's sources define under the vendor's own names (e.g. a Widdershins page's
    # `# Schemas`), whichever source holds them: names an importer derives must avoid them.
    reserved: frozenset[str] = frozenset()
    # What the format's planner (importers.PLANNERS) prepared from every source of the import, e.g. the
    # Widdershins importer's schema names chosen across all pages; None for a page imported alone.
    context: object = field(default=None, compare=False)

    @property
    def name(self) -> str:
        return self.path.name


@dataclass
class ImportResult:
    document: dict[str, Any]
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # Each source's own document (bundled, before merging), to trace a later problem to its source.
    pages: list[tuple[Path, dict[str, Any]]] = field(default_factory=list)


Importer = Callable[[SourceDocument, Mapping[str, Any]], ImportResult]
