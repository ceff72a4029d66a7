"""How faithfully the Widdershins importer reads what the real Widdershins 4.0.1 wrote, measured against the
spec Widdershins was given: shared by tests/test_widdershins_generality.py, tests/test_widdershins_constructs.py
and scripts/widdershins_fidelity.py (which prints the per-spec figures).

A spec (a public one, or a small one a test writes) is rendered with Simpro's flags (`RENDER_FLAGS`),
the markdown is imported, and the import is compared with the source (itself imported by the `openapi`
importer, so Swagger 2.0 is compared as the OpenAPI 3.0 it converts to, the form Widdershins renders too):

- operations (`outline`), callbacks' included: method and path, parameters as (name, in, required; an
  operation's own overriding the path's), the request body's first media type (the only one Widdershins
  prints: the code samples' Content-Type), response status codes, the security requirements in force;
- security schemes (`compare_security_schemes`): those Widdershins prints and an operation uses;
- schemas (`compare_schemas`): each request body and each response of an operation both sides have, as
  the `view` below sees them after resolving `$ref`s on both sides; each parameter's type, format and
  enum (an array's items' type and enum: parameters.def prints no more); each response header's type and
  format (the Response Headers table).

What `view` compares, and what it leaves out because Widdershins does not print it:

- compared, at every depth (recursive schemas are followed until a schema repeats on the way down, then
  that point is a `cycle` marker on both sides): the type (`inferType`'s object/array when a schema omits
  it; OpenAPI 3.1's `[T, "null"]` as T plus nullable), format, nullable (`¦null`), enum, readOnly and
  writeOnly (the Restrictions column), property names, required (of the properties that exist), array
  items (`items: {}` is no items), additionalProperties given as a schema, oneOf/anyOf/allOf/not alternatives in order;
- a one-element allOf is its element (the importer writes `{allOf: [$ref], description}` to carry
  use-site keywords beside a reference; vendors do the same);
- not compared: descriptions and titles (schema tables print the description, trimmed, with newlines as
  `<br>`; a block title is the title *or* the description), examples and defaults (printed only as
  generated samples), constraints (minimum, maxLength, pattern, …: no column shows them), discriminator
  (a block title suffix; not read), xml, deprecated, externalDocs, `additionalProperties: true/false`
  (walkSchema prints nothing for a boolean), and the media types after the first (Widdershins prints the
  schema of the first media type only: `responses.def`, `fakeProdCons`).

Where Widdershins' output is lossy the comparison still counts the schema as different, and
`LOSSES` names the known causes, so that the figures stay honest rather than tuned.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.curate.refs import NOWHERE, resolve
from generator.importers.base import ImportResult, SourceDocument
from generator.importers.openapi import import_openapi
from generator.importers.widdershins import import_widdershins, vendor_schema_names
from generator.roundtrip import RENDER_FLAGS

REPO = Path(__file__).resolve().parents[1]
REALWORLD = REPO.parent / "shared" / "corpus" / "openapi-realworld"
WIDDERSHINS = REPO / "node_modules" / ".bin" / "widdershins"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


# -- rendering and importing -----------------------------------------------------------------------------
def render(source: Path, output: Path) -> str:
    """The markdown the real Widdershins writes for `source`, with the vendor's flags."""
    subprocess.run([str(WIDDERSHINS), str(source), "-o", str(output), *RENDER_FLAGS], check=True, capture_output=True)
    return output.read_text(encoding="utf-8")


def render_spec(spec: Mapping[str, Any], folder: Path, name: str = "spec") -> Path:
    """Write `spec` as JSON in `folder`, render it; the markdown's path."""
    source = folder / f"{name}.json"
    source.write_text(json.dumps(spec, indent=2), encoding="utf-8")
    output = folder / f"{name}.md"
    render(source, output)
    return output


def import_markdown(path: Path) -> ImportResult:
    text = path.read_text(encoding="utf-8")
    return import_widdershins(SourceDocument(path, text, {}, frozenset(vendor_schema_names(text))), {})


def import_source(path: Path) -> dict[str, Any]:
    """The source spec as OpenAPI 3 (Swagger 2.0 converted, as the `openapi` importer does)."""
    return import_openapi(SourceDocument(path, path.read_text(encoding="utf-8")), {}).document


# -- operations ------------------------------------------------------------------------------------------
def operations(document: Mapping[str, Any]) -> Iterator[tuple[tuple[str, str], dict[str, Any], list[Any]]]:
    """((method, path), operation, path-level parameters) for every operation of `paths`, and for every
    callback operation under it as (method, "<path> <callback name> <expression>")."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if method in METHODS and isinstance(operation, dict):
                yield (method, path), operation, item.get("parameters") or []
                for name, callback in (operation.get("callbacks") or {}).items():
                    for expression, nested in (callback or {}).items():
                        label = f"{path} {name} {expression}"
                        yield from operations({"paths": {label: nested}})


def outline(document: dict[str, Any]) -> dict[tuple[str, str], tuple[Any, ...]]:
    """(method, path) → (parameters as (name, in, required), body media types, response statuses)."""
    found: dict[tuple[str, str], tuple[Any, ...]] = {}
    for key, operation, shared in operations(document):
        declared: dict[tuple[str, str], bool] = {}  # an operation's parameter overrides the path's
        for parameter in [*shared, *(operation.get("parameters") or [])]:
            parameter = _deref(document, parameter)
            if isinstance(parameter, dict) and "name" in parameter:
                declared[(parameter["name"], parameter["in"])] = bool(parameter.get("required"))
        parameters = sorted((name, where, required) for (name, where), required in declared.items())
        # Widdershins prints the first media type only (the samples' Content-Type, the body's example)
        body = list((_deref(document, operation.get("requestBody")) or {}).get("content") or {})[:1]
        statuses = sorted(str(status) for status in operation.get("responses") or {})
        found[key] = (parameters, body, statuses, _security(document, operation))
    return found


def _security(document: Mapping[str, Any], operation: Mapping[str, Any]) -> list[list[tuple[str, list[str]]]]:
    """The requirements in force (the operation's, else the document's), as authentication.def prints them."""
    chosen = operation.get("security", document.get("security")) or []
    return [sorted((name, sorted(scopes)) for name, scopes in requirement.items()) for requirement in chosen]


# What security.def cannot show of a scheme: it prints no bearerFormat, no refreshUrl, no extension.
_UNPRINTED_SCHEME_KEYS = ("bearerFormat", "refreshUrl")


def compare_security_schemes(source: Mapping[str, Any], imported: Mapping[str, Any]) -> dict[str, Any]:
    """Scheme name → (source, import) for every scheme that differs. Compared: the schemes security.def
    prints (API key, HTTP, OAuth 2) that an operation uses (an HTTP or OAuth 2 scheme's name is only in the
    operations' notes), less what it does not print (`_UNPRINTED_SCHEME_KEYS`, `x-` keys)."""
    used = {
        name
        for _, operation, _ in operations(source)
        for requirement in _security(source, operation)
        for name, _ in requirement
    }
    theirs = (imported.get("components") or {}).get("securitySchemes") or {}
    differing: dict[str, Any] = {}
    for name, scheme in ((source.get("components") or {}).get("securitySchemes") or {}).items():
        if scheme.get("type") not in ("apiKey", "http", "oauth2") or name not in used:
            continue
        want = _printed(scheme)
        got = theirs.get(name)
        if got != want:
            differing[name] = (want, got)
    return differing


def _printed(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _printed(v) for k, v in node.items() if k not in _UNPRINTED_SCHEME_KEYS and not k.startswith("x-")}
    return node


# -- schemas ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SchemaComparison:
    site: str  # "POST /pets request body", "GET /pets 200", "GET /pets parameter limit (query)"
    kind: str  # "body", "response", "parameter", "header"
    differences: tuple[str, ...]  # "a.b: type string ≠ integer", empty when equal

    @property
    def equal(self) -> bool:
        return not self.differences


def compare_schemas(source: dict[str, Any], imported: dict[str, Any]) -> list[SchemaComparison]:
    """Every request body, response, parameter and response header schema both documents have, for every
    operation both have."""
    theirs = {key: (operation, shared) for key, operation, shared in operations(imported)}
    found: list[SchemaComparison] = []
    for key, operation, shared in operations(source):
        if key not in theirs:
            continue
        other, other_shared = theirs[key]
        label = f"{key[0].upper()} {key[1]}"
        pairs = [(f"{label} request body", "body", operation.get("requestBody"), other.get("requestBody"))]
        responses = _deref(source, operation.get("responses")) or {}
        for status, response in responses.items():
            pairs.append((f"{label} {status}", "response", response, (other.get("responses") or {}).get(str(status))))
        for site, kind, mine, yours in pairs:
            want = _first_schema(source, mine)
            got = _first_schema(imported, yours)
            if want is None or got is None:
                continue  # no schema on one side: the outline compares what is there
            body = kind == "body"
            differences = tuple(diff(view(want, source, body=body), view(got, imported, body=body)))
            found.append(SchemaComparison(site, kind, differences))
        found.extend(
            _parameters(
                label,
                source,
                _parameters_of(source, operation, shared),
                imported,
                _parameters_of(imported, other, other_shared),
            )
        )
        for status, response in responses.items():
            mine = (_deref(source, response) or {}).get("headers") or {}
            yours = (_deref(imported, (other.get("responses") or {}).get(str(status))) or {}).get("headers") or {}
            for name in mine.keys() & yours.keys():
                want, got = _header_view(source, mine[name]), _header_view(imported, yours[name])
                found.append(SchemaComparison(f"{label} {status} header {name}", "header", tuple(diff(want, got))))
    return found


def _parameters_of(document: Any, operation: Mapping[str, Any], shared: list[Any]) -> dict[tuple[str, str], Any]:
    declared: dict[tuple[str, str], Any] = {}
    for parameter in [*shared, *(operation.get("parameters") or [])]:
        parameter = _deref(document, parameter)
        if isinstance(parameter, dict) and "name" in parameter:
            declared[(parameter["name"], parameter["in"])] = parameter
    return declared


def _parameters(
    label: str, source: Any, mine: dict[tuple[str, str], Any], imported: Any, yours: dict[tuple[str, str], Any]
) -> list[SchemaComparison]:
    found = []
    for name, where in mine.keys() & yours.keys():
        want = _parameter_view(source, mine[(name, where)])
        got = _parameter_view(imported, yours[(name, where)])
        found.append(SchemaComparison(f"{label} parameter {name} ({where})", "parameter", tuple(diff(want, got))))
    return sorted(found, key=lambda comparison: comparison.site)


def _parameter_view(document: Any, parameter: Mapping[str, Any]) -> dict[str, Any]:
    """parameters.def: the type (`array[<items' type>]`, `string(date)`) and the enum (the items' for an
    array); getParameters reads a `content` parameter's schema. Nothing else of the schema is printed."""
    schema = parameter.get("schema")
    if schema is None:
        media: dict[str, Any] = next(iter((parameter.get("content") or {}).values()), {})
        schema = media.get("schema")
    shown = view(schema, document)
    kept: dict[str, Any] = {key: shown[key] for key in ("type", "format", "enum") if key in shown}
    if isinstance(shown.get("items"), dict) and "type" in shown["items"]:
        kept["items"] = {"type": shown["items"]["type"]}
    items = _deref(document, (_deref(document, schema) or {}).get("items"))
    if isinstance(items, dict) and "enum" in items:
        kept.setdefault("items", {})["enum"] = items["enum"]  # listed in parameters.def's Enumerated Values
    return kept


def _header_view(document: Any, header: Any) -> dict[str, Any]:
    """getResponseHeaders: the schema's type and format."""
    shown = view((_deref(document, header) or {}).get("schema") or {}, document)
    return {key: shown[key] for key in ("type", "format") if key in shown}


def _deref(document: Any, node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 20:
        target = resolve(document, node["$ref"])
        node = None if target is NOWHERE else target
        seen += 1
    return node


def _first_schema(document: dict[str, Any], holder: Any) -> Any:
    content = (_deref(document, holder) or {}).get("content") or {}
    for media in content.values():
        return media.get("schema") if isinstance(media, dict) else None
    return None


def view(
    schema: Any, document: dict[str, Any], trail: tuple[int, ...] = (), *, body: bool = False, items: bool = False
) -> dict[str, Any]:
    """What a schema table can show of `schema` (see the module docstring), references resolved; `body`
    for request bodies (a table without a Restrictions column), `items` for an array's element."""
    if not isinstance(schema, dict):
        return {}
    schema, identity = _unwrap(schema, document)
    if identity in trail:
        return {"cycle": True}
    trail = (*trail, identity)
    shown: dict[str, Any] = {}
    kind = schema.get("type")
    # OpenAPI 3.0.3: nullable needs an explicit type (and Widdershins prints inferType's word, no `¦null`)
    nullable = bool(schema.get("nullable")) and kind is not None
    if isinstance(kind, list):  # OpenAPI 3.1: [T, "null"] is a nullable T, [T, U] a T or a U (anyOf)
        nullable = nullable or "null" in kind
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
        if len(kinds) > 1:
            schema = {**schema, "type": None, "anyOf": [{"type": k} for k in kinds]}
    if kind is None and ("properties" in schema or isinstance(schema.get("additionalProperties"), dict)):
        kind = "object"
    if kind is None and "items" in schema:
        kind = "array"
    for keyword in ("allOf", "oneOf", "anyOf"):
        # alternatives that are all objects make an object, whether or not it says so (no row shows it)
        parts = schema.get(keyword)
        if (
            kind is None
            and isinstance(parts, list)
            and parts
            and all(view(part, document, trail, body=body).get("type") == "object" for part in parts)
        ):
            kind = "object"

    for key, value in (("type", kind), ("format", schema.get("format")), ("enum", schema.get("enum"))):
        if value is not None and not (items and key in ("format", "enum")):
            shown[key] = value
    for flag in ("readOnly", "writeOnly"):
        if schema.get(flag) and not body:
            shown[flag] = True
    if nullable:
        shown["nullable"] = True
    properties = schema.get("properties")
    if isinstance(properties, dict) and properties:
        shown["properties"] = {name: view(value, document, trail, body=body) for name, value in properties.items()}
        required = sorted(set(schema.get("required") or []) & set(properties))
        if required:
            shown["required"] = required
    element = view(schema.get("items"), document, trail, body=body, items=True)
    if element:  # `items: {}` is what no `items` means (and OpenAPI 3.0 requires it: the importer writes it)
        shown["items"] = element
    if isinstance(schema.get("additionalProperties"), dict):
        shown["additionalProperties"] = view(schema["additionalProperties"], document, trail, body=body)
    for keyword in ("oneOf", "anyOf", "allOf"):
        if isinstance(schema.get(keyword), list):
            shown[keyword] = [view(part, document, trail, body=body) for part in schema[keyword]]
    if isinstance(schema.get("not"), dict):
        shown["not"] = view(schema["not"], document, trail, body=body)
    return shown


def _unwrap(schema: dict[str, Any], document: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """Follow `$ref`s; a one-element allOf is its element with the siblings on top. Also the identity of
    the document node it ends at (the merged copy is new every time), to find cycles by."""
    identity = id(schema)
    for _ in range(50):
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = resolve(document, ref)
            schema = target if isinstance(target, dict) else {}
            identity = id(schema)
            continue
        parts = schema.get("allOf")
        if isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], dict):
            inner, identity = _unwrap(parts[0], document)
            siblings = {key: value for key, value in schema.items() if key != "allOf"}
            schema = {**inner, **siblings} if siblings else inner
            continue
        break
    return schema, identity


def diff(want: Any, got: Any, where: str = "") -> Iterator[str]:
    """Differences between two views, each located by its path (`a.b[]` for items)."""
    if not isinstance(want, dict) or not isinstance(got, dict):
        if want != got:
            yield f"{where or '(root)'}: {want!r} ≠ {got!r}"
        return
    for key in sorted(set(want) | set(got)):
        at = f"{where}.{key}" if where else key
        if key not in got:
            yield f"{at}: missing (source has {_short(want[key])})"
        elif key not in want:
            yield f"{at}: not in the source (import has {_short(got[key])})"
        elif key == "properties":
            for name in [*want[key], *(n for n in got[key] if n not in want[key])]:
                yield from diff(want[key].get(name, "<absent>"), got[key].get(name, "<absent>"), f"{where}/{name}")
        elif isinstance(want[key], list) and isinstance(got[key], list) and key in ("oneOf", "anyOf", "allOf"):
            if len(want[key]) != len(got[key]):
                yield f"{at}: {len(want[key])} alternatives ≠ {len(got[key])}"
            for index, (a, b) in enumerate(zip(want[key], got[key], strict=False)):
                yield from diff(a, b, f"{at}[{index}]")
        else:
            yield from diff(want[key], got[key], at)


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."
