"""Widdershins schema tables → JSON Schema (OpenAPI 3.0 flavour).

Widdershins flattens a schema into rows (common.js `schemaToArray`): nesting is the number of `»` before
the name, the type cell is `safeType` (`string(date)`, `[object]`, `array[string]`, `object¦null`, `any`),
alternatives of oneOf/anyOf/allOf are `*anonymous*` rows in blocks titled `*oneOf*`/`*xor*`,
`*anyOf*`/`*or*`, `*allOf*`/`*and*`, `*not*`, and the rows after them sit in a `*continued*` block.
Enumerated values come afterwards in a flat (name, value) table in row order; `assign_enums` puts each
run back on the row it belongs to.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import Diagnostic, Level

INDENT = "»"
ANONYMOUS = "*anonymous*"
ADDITIONAL_PROPERTIES = "**additionalProperties**"
# Block titles (common.js): the first alternative's block says the keyword, the later ones a conjunction.
COMBINATOR_TITLES = {
    "oneOf": "oneOf",
    "xor": "oneOf",
    "anyOf": "anyOf",
    "or": "anyOf",
    "allOf": "allOf",
    "and": "allOf",
    "not": "not",
}
CONTINUED = "continued"
_PRIMITIVES = ("string", "integer", "number", "boolean", "object", "array")  # OpenAPI 3.0 has no null
_SCALAR = re.compile(r"^(?P<type>[A-Za-z]+)(?:\((?P<format>.+)\))?$")
_LINK = re.compile(r"^\[(?P<name>[^\]]+)\]\(#schema[^)]*\)$")
# Types some vendors write that OpenAPI does not have, whose meaning is plain (Simpro's Swagger file has
# `type: date` on six query parameters). Read as that meaning; the vendor's word is kept in VENDOR_TYPE so
# the spec still says what the page said (and the round trip can print it again).
VENDOR_TYPES = {"date": ("string", "date"), "datetime": ("string", "date-time"), "dateTime": ("string", "date-time")}
VENDOR_TYPE = "x-specfoundry-vendor-type"


@dataclass
class SchemaRow:
    """One row of a schema table (response schema, or the body rows of a parameters table)."""

    level: int
    name: str
    type_text: str
    required: bool
    restrictions: str
    description: str | None
    line: int
    combinator: str | None = None  # for *anonymous* rows: oneOf/anyOf/allOf/not, None if not printed
    enum: list[Any] | None = None
    enum_on_items: bool = False
    example: Any = None
    has_example: bool = False
    children: list[SchemaRow] = field(default_factory=list)

    @property
    def is_array(self) -> bool:
        core = self.type_text.removesuffix("¦null")
        return (core.startswith("[") and not _LINK.match(core)) or core.startswith("array[")


def split_name(display: str) -> tuple[int, str]:
    """'»» ID' → (2, 'ID')."""
    level = len(display) - len(display.lstrip(INDENT))
    return level, display[level:].strip()


def nest(
    rows: Sequence[SchemaRow], file: Path, diagnostics: list[Diagnostic], base_level: int = 0, *, root: bool = False
) -> list[SchemaRow]:
    """Attach each row to the nearest earlier row one level up; return the rows at `base_level + 1`.

    `root`: the first row is the schema itself (a body table's `body` row), the others are below it.
    A row above the lowest level it can have is Widdershins' miscount: schemaToArray, leaving an array of
    arrays of objects, takes off the levels it went down (three) where it added one, and stops at 0. The
    row is put back at that lowest level, and the rows after it as far down, with a warning.
    """
    top: list[SchemaRow] = []
    stack: list[SchemaRow] = []
    shift = 0
    for index, row in enumerate(rows):
        lowest = base_level + (1 if index == 0 or not root else 2)
        if row.level + shift < lowest:
            diagnostics.append(
                Diagnostic(
                    Level.WARNING,
                    f"row '{row.name}' is printed {lowest - row.level - shift} level(s) too far out (Widdershins "
                    "miscounts depth after an array of arrays of objects); it is read at the lowest level it "
                    "can have, and the rows after it are moved in as far",
                    file=str(file),
                    place=str(row.line),
                    code="widdershins-depth",
                    fix="check the nesting of these rows against the vendor's schema; correct it in an overlay",
                )
            )
            shift = lowest - row.level
        row.level += shift
        while stack and stack[-1].level >= row.level:
            stack.pop()
        parent_level = stack[-1].level if stack else base_level
        if row.level != parent_level + 1:
            diagnostics.append(
                Diagnostic(
                    Level.WARNING,
                    f"row '{row.name}' is nested {row.level - parent_level} levels below the row "
                    "above it; attached to that row",
                    file=str(file),
                    place=str(row.line),
                    code="widdershins-nesting",
                )
            )
        (stack[-1].children if stack else top).append(row)
        stack.append(row)
    return top


def parse_type(text: str, file: Path, line: int, diagnostics: list[Diagnostic]) -> dict[str, Any]:
    """A type cell → a schema skeleton; array items carry the element type.

    Combinator items (`[oneOf]`) come back as {"x-combinator": kind} for `row_schema` to fill.
    """
    nullable = text.endswith("¦null")
    core = text.removesuffix("¦null")
    schema: dict[str, Any]
    if core.startswith("array[") and core.endswith("]"):  # parameters: getParameters' safeType
        schema = {"type": "array", "items": _element(core[6:-1], file, line, diagnostics)}
    elif core.startswith("[") and core.endswith("]") and not _LINK.match(core):  # schema rows
        schema = {"type": "array", "items": _element(core[1:-1], file, line, diagnostics)}
    else:
        schema = _element(core, file, line, diagnostics)
    if nullable:
        schema["nullable"] = True
    return schema


def _element(text: str, file: Path, line: int, diagnostics: list[Diagnostic]) -> dict[str, Any]:
    if "," in text and not _LINK.match(text):
        return _type_list(text, file, line, diagnostics)
    link = _LINK.match(text)
    if link:
        return {"$ref": f"#/components/schemas/{link.group('name')}"}
    if text in ("oneOf", "anyOf", "allOf", "not"):
        return {"x-combinator": text}
    if text == "any":
        return {}
    match = _SCALAR.match(text)
    if match and match.group("type") in VENDOR_TYPES and not match.group("format"):
        kind, meaning = VENDOR_TYPES[match.group("type")]
        diagnostics.append(
            Diagnostic(
                Level.WARNING,
                f"type '{text}' is not an OpenAPI type; read as {kind} with format {meaning}",
                file=str(file),
                place=str(line),
                code="widdershins-vendor-type",
                fix=f"report it upstream: the vendor's spec should say type: {kind}, format: {meaning}",
            )
        )
        return {"type": kind, "format": meaning, VENDOR_TYPE: text}
    if match and match.group("type") in _PRIMITIVES:
        schema: dict[str, Any] = {"type": match.group("type")}
        if match.group("format"):
            schema["format"] = match.group("format")
        return schema
    diagnostics.append(
        Diagnostic(
            Level.WARNING,
            f"type '{text}' is not one Widdershins prints; kept as an untyped schema",
            file=str(file),
            place=str(line),
            code="widdershins-type",
        )
    )
    return {}


def _type_list(text: str, file: Path, line: int, diagnostics: list[Diagnostic]) -> dict[str, Any]:
    """OpenAPI 3.1's `type: [string, "null"]` prints as `string,null`: in OpenAPI 3.0, a nullable string;
    several types are a value of any of them (anyOf)."""
    kinds = text.split(",")
    alternatives = [_element(kind, file, line, diagnostics) for kind in kinds if kind != "null"]
    schema: dict[str, Any] = alternatives[0] if len(alternatives) == 1 else {"anyOf": alternatives}
    if "null" in kinds:
        schema["nullable"] = True
    return schema


def row_schema(row: SchemaRow, file: Path, diagnostics: list[Diagnostic]) -> dict[str, Any]:
    """The schema a row stands for, its children folded in."""
    schema = parse_type(row.type_text, file, row.line, diagnostics)
    target = schema
    if schema.get("type") == "array" and (row.children or "items" in schema):
        target = schema.setdefault("items", {})  # a bare `array` cell with rows under it: they describe items
        # `[array]` prints only the outer element type; rows under it describe the innermost items.
        while target.get("type") == "array" and row.children:
            target = target.setdefault("items", {})
        if not target and any(child.name not in (ANONYMOUS, ADDITIONAL_PROPERTIES) for child in row.children):
            target["type"] = "object"
    if "$ref" in target and row.children:
        # Widdershins expands a referenced component under its row; the component itself is not read.
        diagnostics.append(
            Diagnostic(
                Level.WARNING,
                f"'{row.name}' refers to component {target['$ref']}; its expanded rows are not read",
                file=str(file),
                place=str(row.line),
                code="widdershins-ref",
            )
        )
    else:
        fill_children(target, row.children, file, diagnostics)
    complete_arrays(schema, row.example if row.has_example else None)
    if row.enum is not None:
        (schema["items"] if row.enum_on_items and "items" in schema else schema)["enum"] = row.enum
    if row.description is not None:
        schema["description"] = row.description
    if row.restrictions == "read-only":
        schema["readOnly"] = True
    elif row.restrictions == "write-only":  # Widdershins prints write-only when a schema says both
        schema["writeOnly"] = True
    return _ordered(schema)


def fill_children(
    target: dict[str, Any], children: Sequence[SchemaRow], file: Path, diagnostics: list[Diagnostic]
) -> None:
    """Properties, alternatives and additionalProperties of `target` from its child rows."""
    combinator = target.pop("x-combinator", None)
    properties: dict[str, Any] = {}
    required: list[str] = []
    alternatives: dict[str, list[dict[str, Any]]] = {}
    for child in children:
        if child.name == ANONYMOUS:
            kind = child.combinator or combinator or "oneOf"
            alternatives.setdefault(kind, []).append(row_schema(child, file, diagnostics))
        elif child.name == ADDITIONAL_PROPERTIES:
            target["additionalProperties"] = row_schema(child, file, diagnostics)
        else:
            if child.name in properties:
                diagnostics.append(
                    Diagnostic(
                        Level.WARNING,
                        f"property '{child.name}' is listed twice under the same object; the later row wins",
                        file=str(file),
                        place=str(child.line),
                        code="widdershins-duplicate-property",
                    )
                )
            properties[child.name] = row_schema(child, file, diagnostics)
            if child.required:
                required.append(child.name)
    if properties:
        if required:
            target["required"] = required
        target["properties"] = properties
    for kind, schemas in alternatives.items():
        target[kind] = schemas[0] if kind == "not" else schemas


_KEY_ORDER = (
    "type",
    "format",
    "nullable",
    "description",
    "readOnly",
    "writeOnly",
    "enum",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "oneOf",
    "anyOf",
    "allOf",
    "not",
)


def _ordered(schema: dict[str, Any]) -> dict[str, Any]:
    """A stable, readable key order for the spec file."""
    ranked = sorted(schema, key=lambda key: (_KEY_ORDER.index(key) if key in _KEY_ORDER else len(_KEY_ORDER), key))
    return {key: schema[key] for key in ranked}


def complete_arrays(schema: dict[str, Any], example: Any) -> None:
    """Give `items` to arrays whose element type the page does not print (`[array]`, a bare `array`).

    Widdershins prints only the outer element type, so the example is the one source; OpenAPI 3.0
    requires `items`, and any `items` renders the same.
    """
    if schema.get("type") != "array":
        return
    element = example[0] if isinstance(example, list) and example else None
    if "items" not in schema:
        schema["items"] = infer_schema(element, deep=True) if element is not None else {}
    elif isinstance(schema["items"], dict):
        complete_arrays(schema["items"], element)


# -- examples ---------------------------------------------------------------------------------------------
def attach_examples(rows: Sequence[SchemaRow], example: Any) -> None:
    """Give each row the value the example shows at its place (first element of arrays)."""
    for row in rows:
        if row.name in (ANONYMOUS, ADDITIONAL_PROPERTIES) or not isinstance(example, dict) or row.name not in example:
            continue
        value = example[row.name]
        row.example, row.has_example = value, True
        inner = value
        if row.is_array:
            inner = value[0] if isinstance(value, list) and value else None
        attach_examples(row.children, inner)


def to_primitive(value: Any) -> str:
    """How Widdershins prints a value in an enumerated-values table (common.js `toPrimitive`)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None or isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def enum_value(text: str, row: SchemaRow) -> Any:
    """An enumerated-values cell back to a value of the row's type."""
    core = row.type_text.removesuffix("¦null")
    kind = core
    if row.enum_on_items or row.is_array:
        kind = core[6:-1] if core.startswith("array[") else core[1:-1]
    kind = kind.split("(")[0]
    if text == "null" and row.type_text.endswith("¦null"):
        return None
    try:
        if kind == "integer" and re.fullmatch(r"-?\d+", text):
            return int(text)
        if kind == "number" and re.fullmatch(r"-?\d+", text):
            return int(text)
        if kind == "number":
            return float(text)
        if kind == "boolean" and text in ("true", "false"):
            return text == "true"
        if kind in ("object", "array", "any") and text[:1] in "[{":
            return json.loads(text)
        if kind == "any" and row.has_example and not isinstance(row.example, str):
            return json.loads(text)  # an untyped enum of booleans or numbers: its example says which
    except ValueError:
        pass
    return text


@dataclass(frozen=True)
class EnumEntry:
    name: str
    value: str
    line: int


def assign_enums(
    rows: Sequence[SchemaRow],
    entries: Sequence[EnumEntry],
    *,
    names: Sequence[str],
    eligible: Sequence[bool],
    file: Path,
    diagnostics: list[Diagnostic],
) -> None:
    """Split the flat enumerated-values table back onto the rows, in row order.

    Widdershins lists each row's enum values in row order under the row's bare name, so two rows called
    `Type` whose values follow each other read as one run. Among the splits that keep each row's values
    unique, prefer those where a row's example (Widdershins samples enum[0] unless the vendor gave an
    example) is the first of its values, then those that give values to fewer rows without an example.
    """
    placeable = {name for name, ok in zip(names, eligible, strict=True) if ok}
    for index, entry in enumerate(entries):
        if entry.name not in placeable and (index == 0 or entries[index - 1].name != entry.name):
            diagnostics.append(
                Diagnostic(
                    Level.WARNING,
                    f"enumerated values of '{entry.name}' match no row of the table; not placed",
                    file=str(file),
                    place=str(entry.line),
                    code="widdershins-enum-unplaced",
                )
            )
    entries = [entry for entry in entries if entry.name in placeable]
    n, m = len(rows), len(entries)
    if m == 0 or _assign_unambiguous(rows, entries, names, eligible):
        return
    # longest[j]: how many entries from j share entries[j]'s name without repeating a value.
    longest = [0] * m
    for j in range(m):
        seen: set[str] = set()
        k = j
        while k < m and entries[k].name == entries[j].name and entries[k].value not in seen:
            seen.add(entries[k].value)
            k += 1
        longest[j] = k - j
    impossible = (-(10**9), 0)
    # best[i][j]: (score, -guesses) for rows[i:] taking entries[j:]; choice[i][j]: how many entries row i takes.
    best = [[impossible] * (m + 1) for _ in range(n + 1)]
    choice = [[0] * (m + 1) for _ in range(n + 1)]
    best[n][m] = (0, 0)
    for i in range(n - 1, -1, -1):
        row = rows[i]
        example = to_primitive(row.example) if row.has_example else None
        for j in range(m, -1, -1):
            current, taken = best[i + 1][j], 0
            if j < m and eligible[i] and entries[j].name == names[i]:
                contains = False
                for k in range(1, longest[j] + 1):
                    contains = contains or entries[j + k - 1].value == example
                    rest = best[i + 1][j + k]
                    if rest == impossible:
                        continue
                    if example is None:
                        gain, guess = 0, -1
                    else:
                        gain, guess = (2 if entries[j].value == example else 1 if contains else -1), 0
                    candidate = (rest[0] + gain, rest[1] + guess)
                    if candidate > current or (candidate == current and taken == 0):
                        current, taken = candidate, k
            best[i][j], choice[i][j] = current, taken
    if best[0][0] == impossible:
        _assign_greedily(rows, entries, names, eligible, file, diagnostics)
        return
    j = 0
    for i, row in enumerate(rows):
        k = choice[i][j]
        if k:
            row.enum = [enum_value(entry.value, row) for entry in entries[j : j + k]]
            if not row.has_example and sum(1 for other in names if other == names[i]) > 1:
                diagnostics.append(
                    Diagnostic(
                        Level.WARNING,
                        f"enumerated values of '{names[i]}' could belong to several rows with that "
                        "name and no example tells them apart; given to the first that fits",
                        file=str(file),
                        place=str(entries[j].line),
                        code="widdershins-enum-ambiguous",
                    )
                )
        j += k


def _assign_unambiguous(
    rows: Sequence[SchemaRow], entries: Sequence[EnumEntry], names: Sequence[str], eligible: Sequence[bool]
) -> bool:
    """The common case, without the search: every run of values has exactly one row of its name."""
    runs: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(entries) + 1):
        if index == len(entries) or entries[index].name != entries[start].name:
            runs.append((start, index))
            start = index
    targets: list[int] = []
    for begin, end in runs:
        candidates = [i for i, name in enumerate(names) if eligible[i] and name == entries[begin].name]
        values = [entry.value for entry in entries[begin:end]]
        if len(candidates) != 1 or len(set(values)) != len(values):
            return False
        targets.append(candidates[0])
    if targets != sorted(set(targets)):
        return False
    for (begin, end), index in zip(runs, targets, strict=True):
        rows[index].enum = [enum_value(entry.value, rows[index]) for entry in entries[begin:end]]
    return True


def _assign_greedily(
    rows: Sequence[SchemaRow],
    entries: Sequence[EnumEntry],
    names: Sequence[str],
    eligible: Sequence[bool],
    file: Path,
    diagnostics: list[Diagnostic],
) -> None:
    """No split keeps values unique: give each run to the next row with its name, and say so."""
    i = 0
    j = 0
    while j < len(entries):
        k = j
        while k < len(entries) and entries[k].name == entries[j].name:
            k += 1
        while i < len(rows) and not (eligible[i] and names[i] == entries[j].name):
            i += 1
        if i == len(rows):
            diagnostics.append(
                Diagnostic(
                    Level.WARNING,
                    f"enumerated values of '{entries[j].name}' match no row of the table; not placed",
                    file=str(file),
                    place=str(entries[j].line),
                    code="widdershins-enum-unplaced",
                )
            )
        else:
            rows[i].enum = [enum_value(entry.value, rows[i]) for entry in entries[j:k]]
            diagnostics.append(
                Diagnostic(
                    Level.WARNING,
                    f"enumerated values of '{entries[j].name}' cannot be split between the rows with that name "
                    "without repeating a value; all given to one row",
                    file=str(file),
                    place=str(entries[j].line),
                    code="widdershins-enum-ambiguous",
                )
            )
            i += 1
        j = k


def flatten(rows: Sequence[SchemaRow]) -> list[SchemaRow]:
    """Rows in table order (pre-order over the nesting)."""
    out: list[SchemaRow] = []
    for row in rows:
        out.append(row)
        out.extend(flatten(row.children))
    return out


# -- schemas from examples --------------------------------------------------------------------------------
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$")


def infer_schema(value: Any, *, deep: bool) -> dict[str, Any]:
    """A schema for an example value; `deep` also describes object properties and array items' fields."""
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, float):
        return {"type": "number"}
    if isinstance(value, str):
        if _DATE_TIME.match(value):
            return {"type": "string", "format": "date-time"}
        if _DATE.match(value):
            return {"type": "string", "format": "date"}
        return {"type": "string"}
    if value is None:
        return {"nullable": True}
    if isinstance(value, list):
        return {"type": "array", "items": infer_schema(value[0], deep=deep) if value else {}}
    if isinstance(value, dict):
        if not deep or not value:
            return {"type": "object"}
        return {"type": "object", "properties": {key: infer_schema(item, deep=True) for key, item in value.items()}}
    return {}
