"""Which source wrote the value a lint error is about.

Lint runs on the merged, curated document; its places are JSON pointers into that. The user fixes the
problem in an overlay on a source (or reports it upstream), and the curated spec may not even exist yet,
so each error also names the source whose own document holds the very same value at that place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.curate.refs import NOWHERE, resolve
from generator.errors import Diagnostic


def with_origin(
    item: Diagnostic, document: Any, pages: list[tuple[Path, dict[str, Any]]], name: Callable[[Path], str]
) -> Diagnostic:
    """`item` with "(from <source>)" added when a source wrote the value at its place unchanged."""
    if not item.place or not item.place.startswith("/"):
        return item
    value = resolve(document, "#" + item.place)
    if value is NOWHERE:
        return item
    for path, page in pages:
        if resolve(page, "#" + item.place) == value:
            return dataclasses.replace(item, message=f"{item.message} (from {name(path)})")
    return item
