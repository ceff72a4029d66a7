"""YAML in and out with ruamel.yaml: line/column-aware loading and a stable, diff-friendly dump."""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.scalarstring import LiteralScalarString

from generator.errors import SpecFoundryError


def _round_trip_yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = False
    yaml.width = 4096  # never fold: one line per value keeps diffs readable and stable
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def load_yaml(text: str, *, file: str, line_offset: int = 0) -> Any:
    """Parse YAML; a syntax error becomes a SpecFoundryError naming file, line and column.

    `line_offset` is added to reported lines, for YAML embedded in a larger document (a fenced block).
    Reading uses the safe loader (libyaml via ruamel.yaml.clib): the pipeline works on plain data and
    rewrites specs whole, so the round-trip loader's comment tracking would only cost time (7x here).
    """
    try:
        return plain(YAML(typ="safe", pure=False).load(text))
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        place = None
        if mark is not None:
            place = f"{mark.line + 1 + line_offset}:{mark.column + 1}"
        problem = error.problem or error.context or "invalid YAML"
        raise SpecFoundryError(
            f"malformed YAML: {problem}",
            file=file,
            place=place,
            fix="correct the YAML syntax at that line and column",
        ) from None
    except YAMLError as error:
        raise SpecFoundryError(f"malformed YAML: {error}", file=file, fix="correct the YAML syntax") from None


def plain(value: Any) -> Any:
    """ruamel's commented containers → plain dicts and lists (key order kept), for pure stages."""
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
            mapping[key] = _to_commented(item)
        return mapping
    if isinstance(value, list):
        return CommentedSeq(_to_commented(item) for item in value)
    # Multi-line descriptions stay readable as literal blocks (unless trailing spaces force quoting).
    if isinstance(value, str) and "\n" in value and all(line == line.rstrip() for line in value.split("\n")):
        return LiteralScalarString(value)
    return value
