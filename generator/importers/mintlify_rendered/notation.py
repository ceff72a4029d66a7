"""Mintlify's rendered type notation (`integer[]`, `string<date-time>`, `enum<string>`, `Title · object[]`)
→ TypeNotation → JSON Schema.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from generator.errors import SpecFoundryError

_SCALARS = ("string", "integer", "number", "boolean")
_ENUM_BASES = ("string", "integer", "number", "boolean")

_TYPE_ATOM = r"[a-z][a-z0-9_]*(?:<[^<>]*>)?(?:\[\])*"
# Loose on purpose: anything shaped like a notation starts a field, then the strict parser judges it,
# so an unknown notation is an error instead of a field silently swallowed into a description.
_TYPE_LIKE = re.compile(rf"^(?:[^·]+·\s*)?{_TYPE_ATOM}(?:\s*\|\s*{_TYPE_ATOM})*$")
_ATOM = re.compile(r"^(?P<base>[a-z][a-z0-9_]*)(?:<(?P<arg>[^<>]+)>)?(?P<arrays>(?:\[\])*)$")


@dataclass(frozen=True)
class TypeNotation:
    """A rendered type: `integer[]`, `string<date-time>`, `enum<string>`, `Reference to X · object[]`."""

    kind: str  # string | integer | number | boolean | object | null | any | enum | array | union
    text: str
    format: str | None = None
    enum_type: str | None = None
    items: TypeNotation | None = None
    members: tuple[TypeNotation, ...] = ()
    title: str | None = None  # the schema title Mintlify shows before "·"

    def innermost(self) -> TypeNotation:
        """The element type under any number of `[]`."""
        return self.items.innermost() if self.items is not None else self


def parse_type_notation(text: str, *, file: str = "", line: int = 0) -> TypeNotation:
    """Parse one rendered type; raise SpecFoundryError naming file and line for an unknown notation."""
    title: str | None = None
    body = text.strip()
    if "·" in body:
        head, _, body = body.rpartition("·")
        title, body = head.strip() or None, body.strip()
    members = [part.strip() for part in body.split("|")]
    parsed = [_parse_atom(member, text, file, line, title) for member in members]
    if len(parsed) == 1:
        return parsed[0]
    return TypeNotation(kind="union", text=text.strip(), members=tuple(parsed))


def _parse_atom(atom: str, whole: str, file: str, line: int, title: str | None) -> TypeNotation:
    match = _ATOM.match(atom)
    base, arg = (match.group("base"), match.group("arg")) if match else ("", None)
    if base == "enum" and arg in _ENUM_BASES:
        notation = TypeNotation(kind="enum", text=atom, enum_type=arg)
    elif base in _SCALARS:
        notation = TypeNotation(kind=base, text=atom, format=arg)
    elif base == "file" and arg is None:  # Mintlify's word for a binary string
        notation = TypeNotation(kind="string", text=atom, format="binary")
    elif base in ("object", "null", "any") and arg is None:
        notation = TypeNotation(kind=base, text=atom, title=title if base == "object" else None)
    else:
        raise SpecFoundryError(
            f"unknown type notation `{whole.strip()}`",
            file=file,
            place=str(line),
            fix="Mintlify renders string, integer, number, boolean, object, any, file, enum<T>, T<format>, "
            "T[] and 'Title · T'; if the page really shows a new notation, teach parse_type_notation in "
            "generator/importers/mintlify_rendered/notation.py to read it",
        )
    for _ in range(len(match.group("arrays")) // 2 if match else 0):
        notation = TypeNotation(kind="array", text=notation.text + "[]", items=notation)
    return notation


def _notation_nodes(notation: TypeNotation) -> Iterator[TypeNotation]:
    yield notation
    if notation.items is not None:
        yield from _notation_nodes(notation.items)
    for member in notation.members:
        yield from _notation_nodes(member)


def _typed(text: str, notation: TypeNotation) -> Any:
    kind = notation.enum_type if notation.kind == "enum" else notation.kind
    if kind in ("integer", "number", "boolean", "array", "object", "null", "any"):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            return text
    return text


def _ref(name: str) -> str:
    return f"#/components/schemas/{name}"


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema or "allOf" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    kinds = schema.get("type")
    if kinds is None:
        return schema  # no type constraint: null is allowed already
    kinds = list(kinds) if isinstance(kinds, list) else [kinds]
    return {**schema, "type": [*kinds, "null"] if "null" not in kinds else kinds}


def _notation_schema(notation: TypeNotation, options: Sequence[str], object_schema: dict[str, Any]) -> dict[str, Any]:
    """Schema for a rendered type; `object_schema` stands for the (example-derived) object."""
    if notation.kind == "array":
        assert notation.items is not None
        return {"type": "array", "items": _notation_schema(notation.items, options, object_schema)}
    if notation.kind == "enum":
        kind = notation.enum_type or "string"
        values: list[Any] = [_typed(o, TypeNotation(kind=kind, text=kind)) for o in options]
        return {"type": kind, "enum": values} if values else {"type": kind}
    if notation.kind == "object":
        return dict(object_schema)
    if notation.kind == "any":
        return {}
    if notation.kind == "union":
        members = [m for m in notation.members if m.kind != "null"]
        inner = [_notation_schema(m, options, object_schema) for m in members]
        schema = inner[0] if len(inner) == 1 else {"anyOf": inner}
        return _nullable(schema) if len(members) < len(notation.members) else schema
    schema = {"type": notation.kind}
    if notation.format:
        schema["format"] = notation.format
    return schema
