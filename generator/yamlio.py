"""YAML in and out with ruamel.yaml: line/column-aware loading within budgets, and a stable, diff-friendly dump.

Both directions have a fast path for the plain data the pipeline handles, held to today's results exactly:
`read_plain` (generator.yamlread) builds the data in the single walk over the C parser's events that checks
the budgets, and `write_yaml` (generator.yamlwrite) writes the bytes ruamel's round-trip dumper would. What a
fast path cannot vouch for goes through ruamel (`_load_with_ruamel`, `_dump_with_ruamel`, the reference the
tests hold the fast paths to).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from generator import yamlread, yamlwrite
from generator.budgets import MAX_NESTING
from generator.errors import SpecFoundryError
from generator.yamlread import check_budgets, read_plain
from generator.yamlwrite import round_trip_yaml, string_style, write_yaml


def load_yaml(text: str, *, file: str, line_offset: int = 0) -> Any:
    """Parse YAML; a syntax error or a budget overrun becomes a SpecFoundryError naming file and line.

    `line_offset` is added to reported lines, for YAML embedded in a larger document (a fenced block).
    Reading uses the safe loader's parser (libyaml via ruamel.yaml.clib): the pipeline works on plain data
    and rewrites specs whole, so the round-trip loader's comment tracking would only cost time (7x here).
    """
    if text.lstrip()[:1] in ("{", "["):
        parsed = _plain_json(text)
        if parsed is not _NOT_JSON:
            return parsed
    return _load_yaml(text, file=file, line_offset=line_offset)


def _load_yaml(text: str, *, file: str, line_offset: int = 0) -> Any:
    """`load_yaml` without the JSON shortcut: the one-pass reader, or ruamel's loader for what it leaves."""
    with _reported(file, line_offset):
        try:
            return read_plain(YAML(typ="safe", pure=False).parse(text), file=file, line_offset=line_offset)
        except yamlread.Unsupported:
            return _ruamel_load(text, file=file, line_offset=line_offset)


def _load_with_ruamel(text: str, *, file: str, line_offset: int = 0) -> Any:
    """`load_yaml` through ruamel's composer and constructor only: the reference for the fast path."""
    with _reported(file, line_offset):
        return _ruamel_load(text, file=file, line_offset=line_offset)


def _ruamel_load(text: str, *, file: str, line_offset: int) -> Any:
    check_budgets(YAML(typ="safe", pure=False).parse(text), file=file, line_offset=line_offset)
    return plain(YAML(typ="safe", pure=False).load(text))


@contextmanager
def _reported(file: str, line_offset: int) -> Iterator[None]:
    try:
        yield
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
    """Deterministic YAML: key order as given, block style, one line per value, the same bytes every run."""
    try:
        return write_yaml(document)
    except yamlwrite.Unsupported:
        return _dump_with_ruamel(document)


def _dump_with_ruamel(document: Any) -> str:
    """`dump_yaml` through ruamel's round-trip dumper: the reference for the fast path."""
    stream = io.StringIO()
    round_trip_yaml().dump(_to_commented(document), stream)
    return stream.getvalue()


def _to_commented(value: Any) -> Any:
    if isinstance(value, dict):
        mapping = CommentedMap()
        for key, item in value.items():
            mapping[_to_commented(key) if isinstance(key, str) else key] = _to_commented(item)
        return mapping
    if isinstance(value, list):
        return CommentedSeq(_to_commented(item) for item in value)
    if isinstance(value, str):  # the curated spec's string styles (see string_style)
        style = string_style(value)
        if style == "|":
            return LiteralScalarString(value)
        if style == '"':
            return DoubleQuotedScalarString(value)
    return value
