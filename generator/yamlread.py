"""Reading YAML events: the nesting and alias budgets, and plain data built in the same pass.

Loading untrusted YAML walks the C parser's event stream (iterative, linear, with line numbers) to enforce
the nesting and alias budgets of generator.budgets, before anything recurses or copies: ruamel's composer
would otherwise exhaust the C stack, and copying shared aliased nodes would run for hours on a "billion
laughs" document.

`read_plain` checks the budgets and builds the plain data (dicts with str keys, lists, scalars) in that one
walk, ~4x faster than ruamel's composer and constructor followed by `plain`. Scalars come out exactly as the
safe loader makes them: a plain scalar is resolved and constructed by ruamel's own resolver and constructor
(once per distinct text), a quoted or block scalar is a string. What it leaves to ruamel raises
`Unsupported`: explicit tags, merge keys, keys that are not strings or integers, duplicate keys (whose error
names their line), reused or unknown anchors, directives, several documents or none.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from ruamel.yaml.nodes import ScalarNode

from generator.budgets import MAX_ALIAS_EXPANSION, MAX_NESTING
from generator.errors import SpecFoundryError, shown


class Unsupported(Exception):
    """The document uses something the one-pass reader leaves to ruamel's loader."""


# -- budgets ---------------------------------------------------------------------------------------------
# Every node counts one (a mapping key too); an alias counts as many nodes as its anchored node expands to.
# Sizes are recorded per anchor as its node closes, so shared nodes are counted once each: linear in the
# events, whatever the expansion would be.


def _place(event: Event, line_offset: int) -> str:
    return f"{event.start_mark.line + 1 + line_offset}:{event.start_mark.column + 1}"


def _too_deep(event: Event, file: str, line_offset: int) -> SpecFoundryError:
    return SpecFoundryError(
        f"the document nests deeper than {MAX_NESTING} levels (the nesting budget)",
        file=file,
        place=_place(event, line_offset),
        fix="move nested parts into components and $ref them; real API documents nest fewer than 20 levels",
    )


def _recursive(event: AliasEvent, file: str, line_offset: int) -> SpecFoundryError:
    return SpecFoundryError(
        f"the alias to anchor {shown(event.anchor)} sits inside the node it names (a recursive structure)",
        file=file,
        place=_place(event, line_offset),
        fix="remove the alias: an OpenAPI document is a tree (use $ref for recursive schemas)",
    )


def _alias_bomb(event: AliasEvent, added: int, file: str, line_offset: int) -> SpecFoundryError:
    return SpecFoundryError(
        f"YAML aliases expand past the budget of {MAX_ALIAS_EXPANSION:,} nodes (this alias to anchor "
        f"{shown(event.anchor)} brings the expansion to {added:,}): an alias bomb?",
        file=file,
        place=_place(event, line_offset),
        fix="write repeated parts once and reuse them with $ref to components, not with nested YAML aliases",
    )


def check_budgets(events: Iterable[Event], *, file: str, line_offset: int = 0) -> None:
    """Refuse nesting deeper than MAX_NESTING and aliases expanding past MAX_ALIAS_EXPANSION nodes."""
    open_nodes: list[tuple[str | None, list[int]]] = []  # (anchor, [node count]) per open collection
    sizes: dict[str, int] = {}  # anchor → expanded node count
    added = 0  # nodes that expanding the aliases adds

    def count(nodes: int) -> None:
        if open_nodes:
            open_nodes[-1][1][0] += nodes

    for event in events:
        if isinstance(event, CollectionStartEvent):
            if len(open_nodes) >= MAX_NESTING:
                raise _too_deep(event, file, line_offset)
            open_nodes.append((event.anchor, [1]))
        elif isinstance(event, CollectionEndEvent):
            anchor, (size,) = open_nodes.pop()
            if anchor is not None:
                sizes[anchor] = size
            count(size)
        elif isinstance(event, ScalarEvent):
            if event.anchor is not None:
                sizes[event.anchor] = 1
            count(1)
        elif isinstance(event, AliasEvent):
            if any(anchor == event.anchor for anchor, _ in open_nodes):
                raise _recursive(event, file, line_offset)
            size = sizes.get(event.anchor, 1)  # an unknown anchor is the composer's error, reported next
            added += size
            if added > MAX_ALIAS_EXPANSION:
                raise _alias_bomb(event, added, file, line_offset)
            count(size)


# -- plain data in the same walk ---------------------------------------------------------------------------

# What a plain scalar may resolve to here; the rest (`<<` merge keys, `=`) is the composer's business.
_PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "str", "timestamp"))
_NO_KEY = object()  # a mapping waiting for its next key


class _Open:
    """A collection being built: its container, anchor, node count so far and, for a mapping, the key whose
    value comes next."""

    __slots__ = ("anchor", "container", "key", "size")

    def __init__(self, container: dict[str, Any] | list[Any], anchor: str | None) -> None:
        self.container = container
        self.anchor = anchor
        self.size = 1
        self.key: Any = _NO_KEY


def read_plain(events: Iterable[Any], *, file: str, line_offset: int = 0) -> Any:
    """The document the events describe as plain data, aliases copied at each use; budget overruns raise
    check_budgets' errors at the same events, anything unusual raises Unsupported."""
    scalar = _PlainScalars()
    opened: list[_Open] = []
    anchored: dict[str, Any] = {}  # anchor → its finished value
    sizes: dict[str, int] = {}  # anchor → expanded node count
    added = 0  # nodes that expanding the aliases adds
    documents = 0
    root: Any = _NO_KEY
    for event in events:
        kind = type(event)
        if kind is ScalarEvent:
            if event.tag is not None:
                raise Unsupported("an explicit tag")
            value = scalar(event.value) if not event.style else event.value
            size = 1
            if event.anchor is not None:
                _anchor(event.anchor, value, 1, anchored, sizes)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if len(opened) >= MAX_NESTING:
                raise _too_deep(event, file, line_offset)
            if event.tag is not None:
                raise Unsupported("an explicit tag")
            opened.append(_Open({} if kind is MappingStartEvent else [], event.anchor))
            continue
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            done = opened.pop()
            value, size = done.container, done.size
            if done.anchor is not None:
                _anchor(done.anchor, value, size, anchored, sizes)
        elif kind is AliasEvent:
            if any(node.anchor == event.anchor for node in opened):
                raise _recursive(event, file, line_offset)
            size = sizes.get(event.anchor, 1)
            added += size
            if added > MAX_ALIAS_EXPANSION:
                raise _alias_bomb(event, added, file, line_offset)
            if event.anchor not in anchored:
                raise Unsupported("an alias to an unknown anchor")
            value = _copied(anchored[event.anchor])
        elif kind is DocumentStartEvent:
            documents += 1
            if documents > 1 or event.version or event.tags:
                raise Unsupported("several documents, or directives")
            continue
        else:
            continue  # stream start and end, document end
        if not opened:
            root = value
            continue
        parent = opened[-1]
        parent.size += size
        container = parent.container
        if isinstance(container, list):
            container.append(value)
        elif parent.key is _NO_KEY:
            parent.key = _key(value, container)
        else:
            container[parent.key] = value
            parent.key = _NO_KEY
    if root is _NO_KEY:
        raise Unsupported("no document")
    return root


def _anchor(anchor: str, value: Any, size: int, anchored: dict[str, Any], sizes: dict[str, int]) -> None:
    if anchor in anchored:
        raise Unsupported("a reused anchor")  # ruamel warns, then takes the latest
    anchored[anchor] = value
    sizes[anchor] = size


def _key(value: Any, mapping: dict[str, Any]) -> str:
    """The mapping key as `plain` makes it: str() of the constructed key, here only for strings and integers."""
    if type(value) is int:
        key = str(value)
    elif type(value) is str:
        key = value
    else:
        raise Unsupported("a key that is neither a string nor an integer")
    if key in mapping:
        raise Unsupported("a repeated key")  # ruamel's constructor names it with its line (or, 1 and "1", merges)
    return key


def _copied(value: Any) -> Any:
    """An aliased node, copied for each use as `plain` does: later stages may change one and not the others."""
    if type(value) is dict:
        return {key: _copied(item) for key, item in value.items()}
    if type(value) is list:
        return [_copied(item) for item in value]
    return value


class _PlainScalars:
    """Plain scalars resolved and constructed exactly as the safe C loader does, by its own resolver and
    constructor (one loader object is both), memoized per text: values like `string`, `true` or `200` repeat
    thousands of times in a spec."""

    def __init__(self) -> None:
        self._loader, _ = YAML(typ="safe", pure=False).get_constructor_parser("")
        self._values: dict[str, Any] = {}

    def __call__(self, text: str) -> Any:
        try:
            return self._values[text]
        except KeyError:
            pass
        tag = str(self._loader.resolve(ScalarNode, text, (True, False)))
        if tag not in _PLAIN_TAGS:
            raise Unsupported(f"a plain scalar resolving to {tag}")
        try:
            value = self._loader.construct_object(ScalarNode(tag, text), deep=True)
        except Exception as error:  # e.g. a date-like 2024-02-30: ruamel's path raises what it raises today
            raise Unsupported("a scalar ruamel cannot construct") from error
        self._values[text] = value
        return value
