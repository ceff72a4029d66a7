"""The state of one comparison: what was found where, and which components each operation reaches.

A difference found inside a shared component is recorded once, against the component (`ComponentKey`),
not against each operation; the operations that reach the component (directly or through other
components) are worked out at the end from `reach` and `edges`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from generator.drift.catalogue import CATALOGUE
from generator.drift.model import Location
from generator.drift.refs import Resolver


@dataclass(frozen=True, order=True)
class ComponentKey:
    """A component compared once per location it is used at (a schema used in requests and in responses
    is compared twice, because the same change has a different level in each)."""

    ref: str
    location: str  # a `Location` name, or "security" for security schemes

    @property
    def schema_location(self) -> Location:
        return Location[self.location]


Scope = str | ComponentKey  # an operation label such as "POST /x", or a shared component


@dataclass(frozen=True)
class Found:
    scope: Scope
    kind: str
    place: str
    subject: str
    old: Any = None
    new: Any = None
    value: Any = None


MISSING = object()  # "no value at all", distinct from a JSON null


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, date):  # YAML loaders read unquoted dates (`default: 2024-01-01`) as dates
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def plain(value: Any) -> str | None:
    """A value as plain text for JSON output: strings as is, other JSON values serialized; None if absent."""
    return None if value is MISSING else _text(value)


def shown(value: Any) -> str:
    """A value as Markdown for a sentence: `code` quoted, lists joined, absence as 'none'."""
    if value is MISSING:
        return "none"
    if isinstance(value, list | tuple):
        return ", ".join(shown(item) for item in value) if value else "none"
    return f"`{_text(value)}`"


class Walk:
    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old = Resolver(old, "old")
        self.new = Resolver(new, "new")
        self.found: list[Found] = []
        self.reach: defaultdict[ComponentKey, set[str]] = defaultdict(set)
        self.edges: defaultdict[ComponentKey, set[ComponentKey]] = defaultdict(set)
        self.pending: list[ComponentKey] = []
        self._queued: set[ComponentKey] = set()
        # Operations whose Authorization-like header parameter became a security scheme (see operations.py).
        self.header_moved_to_security: set[str] = set()
        self.today = date.today()  # set by diff_specs: removals before an `x-sunset` date are breaking

    def record(
        self,
        scope: Scope,
        kind: str,
        place: str,
        subject: str,
        *,
        old: Any = MISSING,
        new: Any = MISSING,
        value: Any = MISSING,
    ) -> None:
        if kind not in CATALOGUE:  # programming error: every emitted id must be catalogued
            raise KeyError(f"change kind {kind!r} is not in the catalogue")
        self.found.append(Found(scope, kind, place, subject, old, new, value))

    def use(self, scope: Scope, key: ComponentKey) -> None:
        """`scope` reaches the component `key`: compare the component (once) and remember the edge."""
        if isinstance(scope, ComponentKey):
            if scope != key:
                self.edges[scope].add(key)
        else:
            self.reach[key].add(scope)
        if key not in self._queued:
            self._queued.add(key)
            self.pending.append(key)

    def operations_by_component(self) -> dict[ComponentKey, frozenset[str]]:
        """Every operation reaching each component, following component-to-component edges."""
        result: dict[ComponentKey, set[str]] = defaultdict(set)
        for start, operations in self.reach.items():
            stack, seen = [start], {start}
            while stack:
                key = stack.pop()
                result[key] |= operations
                for nested in self.edges.get(key, ()):
                    if nested not in seen:
                        seen.add(nested)
                        stack.append(nested)
        return {key: frozenset(operations) for key, operations in result.items()}
