"""YAML in and out with ruamel.yaml: line/column-aware loading and a stable, diff-friendly dump.

Loading untrusted YAML first walks the parser's event stream (iterative, linear, with line numbers)
to enforce the nesting and alias budgets of generator.budgets; only a document within budget reaches the
composer, whose recursion would otherwise exhaust the C stack, and `plain`, whose copying of shared
aliased nodes would otherwise run for hours on a "billion laughs" document.
"""

from __future__ import annotations

import io
import json
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    Event,
    ScalarEvent,
)
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from generator.budgets import MAX_ALIAS_EXPANSION, MAX_NESTING
from generator.errors import SpecFoundryError, shown


def _round_trip_yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = False
    yaml.width = 4096  # never fold: one line per value keeps diffs readable and stable
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def load_yaml(text: str, *, file: str, line_offset: int = 0) -> Any:
    """Parse YAML; a syntax error or a budget overrun becomes a SpecFoundryError naming file and line.

    `line_offset` is added to reported lines, for YAML embedded in a larger document (a fenced block).
    Reading uses the safe loader (libyaml via ruamel.yaml.clib): the pipeline works on plain data and
    rewrites specs whole, so the round-trip loader's comment tracking would only cost time (7x here).
    """
    if text.lstrip()[:1] in ("{", "["):
        parsed = _plain_json(text)
        if parsed is not _NOT_JSON:
            return parsed
    try:
        check_budgets(YAML(typ="safe", pure=False).parse(text), file=file, line_offset=line_offset)
        return plain(YAML(typ="safe", pure=False).load(text))
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        place = None
        if mark is not None:
            place = f"{mark.line + 1 + line_offset}:{mark.column + 1}"
        problem = error.problem or error.context or "invalid YAML"
        fix = "correct the YAML syntax at that line and column"
        if "duplicate key" in problem:  # YAML forbids it, and which value was meant is unknowable
            fix = "keep one of the two: a YAML mapping cannot repeat a key"
        raise SpecFoundryError(f"malformed YAML: {problem}", file=file, place=place, fix=fix) from None
    except YAMLError as error:
        raise SpecFoundryError(f"malformed YAML: {error}", file=file, fix="correct the YAML syntax") from None


_NOT_JSON = object()


class _Duplicate(ValueError):
    pass


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        raise _Duplicate  # YAML refuses repeated keys; let the YAML path report it with its line
    return mapping


def _not_json_constant(name: str) -> Any:
    raise ValueError(name)  # NaN / Infinity are not JSON


def _plain_json(text: str) -> Any:
    """Strict JSON (a JSON spec is valid YAML with the same meaning) parsed by the C json module, ~200x
    faster than YAML; _NOT_JSON when it is not strict JSON or nests past the budget, so that the YAML path
    reports the problem with its line and column."""
    try:
        document = json.loads(text, object_pairs_hook=_pairs, parse_constant=_not_json_constant)
    except (ValueError, RecursionError):
        return _NOT_JSON
    stack: list[tuple[Any, int]] = [(document, 1)]
    while stack:  # JSON has no aliases: nesting is the only budget left to check
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        for child in children:
            if isinstance(child, dict | list):
                if depth + 1 > MAX_NESTING:
                    return _NOT_JSON
                stack.append((child, depth + 1))
    return document


def check_budgets(events: Any, *, file: str, line_offset: int = 0) -> None:
    """Refuse nesting deeper than MAX_NESTING and aliases expanding past MAX_ALIAS_EXPANSION nodes.

    Every node counts one (a mapping key too); an alias counts as many nodes as its anchored node expands
    to. Sizes are recorded per anchor as its node closes, so shared nodes are counted once each: linear
    in the events, whatever the expansion would be.
    """
    open_nodes: list[tuple[str | None, list[int]]] = []  # (anchor, [node count]) per open collection
    sizes: dict[str, int] = {}  # anchor → expanded node count
    added = 0  # nodes that expanding the aliases adds

    def where(event: Event) -> str:
        return f"{event.start_mark.line + 1 + line_offset}:{event.start_mark.column + 1}"

    def count(nodes: int) -> None:
        if open_nodes:
            open_nodes[-1][1][0] += nodes

    for event in events:
        if isinstance(event, CollectionStartEvent):
            if len(open_nodes) >= MAX_NESTING:
                raise SpecFoundryError(
                    f"the document nests deeper than {MAX_NESTING} levels (the nesting budget)",
                    file=file,
                    place=where(event),
                    fix="move nested parts into components and $ref them; real API documents nest fewer than 20 levels",
                )
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
                raise SpecFoundryError(
                    f"the alias to anchor {shown(event.anchor)} sits inside the node it names (a recursive structure)",
                    file=file,
                    place=where(event),
                    fix="remove the alias: an OpenAPI document is a tree (use $ref for recursive schemas)",
                )
            size = sizes.get(event.anchor, 1)  # an unknown anchor is the composer's error, reported next
            added += size
            if added > MAX_ALIAS_EXPANSION:
                raise SpecFoundryError(
                    f"YAML aliases expand past the budget of {MAX_ALIAS_EXPANSION:,} nodes (this alias to anchor "
                    f"{shown(event.anchor)} brings the expansion to {added:,}): an alias bomb?",
                    file=file,
                    place=where(event),
                    fix="write repeated parts once and reuse them with $ref to components, not with "
                    "nested YAML aliases",
                )
            count(size)


def plain(value: Any) -> Any:
    """ruamel's commented containers → plain dicts and lists (key order kept), for pure stages.

    Aliased (shared) nodes are copied at each use, so later stages may change one without the others;
    `check_budgets` has bounded what that expansion costs.
    """
    if isinstance(value, CommentedMap | dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, CommentedSeq | list):
        return [plain(item) for item in value]
    return value


def dump_yaml(document: Any) -> str:
    """Deterministic YAML: key order as given, block style, long text folded the same way every run."""
    stream = io.StringIO()
    _round_trip_yaml().dump(_to_commented(document), stream)
    return stream.getvalue()


def _to_commented(value: Any) -> Any:
    if isinstance(value, dict):
        mapping = CommentedMap()
        for key, item in value.items():
            mapping[_to_commented(key) if isinstance(key, str) else key] = _to_commented(item)
        return mapping
    if isinstance(value, list):
        return CommentedSeq(_to_commented(item) for item in value)
    # Multi-line descriptions stay readable as literal blocks, when a literal block can hold them exactly:
    # no trailing spaces, nothing YAML reads as a line break or refuses raw. Anything else is written
    # double-quoted, with escapes, so the curated spec always reads back as exactly what was written.
    if isinstance(value, str) and "\n" in value and _literal_block_safe(value):
        return LiteralScalarString(value)
    if isinstance(value, str) and any(not c.isprintable() or c in _YAML_LINE_BREAKS for c in value):
        return DoubleQuotedScalarString(value)  # the only style that escapes them
    return value


# What YAML 1.1 readers (libyaml) take for line breaks besides \n and \r, plus the byte-order mark.
_YAML_LINE_BREAKS = "\x85\u2028\u2029\ufeff"


def _literal_block_safe(text: str) -> bool:
    if text.startswith((" ", "\n")) or any(line != line.rstrip() for line in text.split("\n")):
        return False
    return all(
        character == "\n" or (character.isprintable() and character not in _YAML_LINE_BREAKS) for character in text
    )
