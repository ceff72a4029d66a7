"""The shape of an OpenAPI document: every object where the OpenAPI model puts one, with its JSON type.

Later stages (merge, our lint rules, normalization, drift) index into a document as the OpenAPI model
says (`document["paths"][path][method]["responses"]`). A vendor document that has a string where a
mapping belongs would crash them far from the cause, so `check_shape` runs first and reports every such
place at once, each with its JSON pointer. `walk` is the same typed traversal, for stages that need to
know what kind of object sits where (the $ref bundler); it is iterative, so depth never costs stack.

Only structure is checked here (types, and the few keys later stages read unconditionally);
openapi-spec-validator checks everything else.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.errors import Diagnostic, Level, shown

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# How a field holds its value: one object, a list of them, or a mapping of names to them.
ONE, LIST, MAP = "one", "list", "map"
SCHEMA = "schema"

_SCHEMA_ONE = (
    "items",
    "additionalProperties",
    "additionalItems",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contains",
    "propertyNames",
    "not",
    "if",
    "then",
    "else",
)
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")

# kind → field → (how, kind of the value). Kinds not listed here are leaves (see _LEAVES) or opaque.
FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "document": {
        "info": (ONE, "info"),
        "servers": (LIST, "server"),
        "paths": (MAP, "pathItem"),
        "webhooks": (MAP, "pathItem"),
        "components": (ONE, "components"),
        "security": (LIST, "securityRequirement"),
        "tags": (LIST, "tag"),
        "externalDocs": (ONE, "object"),
    },
    "info": {"contact": (ONE, "object"), "license": (ONE, "object")},
    "server": {"url": (ONE, "string"), "variables": (MAP, "serverVariable")},
    "serverVariable": {"enum": (ONE, "list")},
    "pathItem": {
        "parameters": (LIST, "parameter"),
        "servers": (LIST, "server"),
        **{method: (ONE, "operation") for method in METHODS},
    },
    "operation": {
        "tags": (LIST, "string"),
        "parameters": (LIST, "parameter"),
        "requestBody": (ONE, "requestBody"),
        "responses": (MAP, "response"),
        "callbacks": (MAP, "callback"),
        "security": (LIST, "securityRequirement"),
        "servers": (LIST, "server"),
        "externalDocs": (ONE, "object"),
    },
    "parameter": {
        "name": (ONE, "string"),
        "in": (ONE, "string"),
        "schema": (ONE, SCHEMA),
        "content": (MAP, "mediaType"),
        "examples": (MAP, "example"),
    },
    "header": {"schema": (ONE, SCHEMA), "content": (MAP, "mediaType"), "examples": (MAP, "example")},
    "requestBody": {"content": (MAP, "mediaType")},
    "response": {"headers": (MAP, "header"), "content": (MAP, "mediaType"), "links": (MAP, "link")},
    "mediaType": {"schema": (ONE, SCHEMA), "examples": (MAP, "example"), "encoding": (MAP, "encoding")},
    "encoding": {"headers": (MAP, "header")},
    "components": {
        "schemas": (MAP, SCHEMA),
        "responses": (MAP, "response"),
        "parameters": (MAP, "parameter"),
        "examples": (MAP, "example"),
        "requestBodies": (MAP, "requestBody"),
        "headers": (MAP, "header"),
        "securitySchemes": (MAP, "securityScheme"),
        "links": (MAP, "link"),
        "callbacks": (MAP, "callback"),
        "pathItems": (MAP, "pathItem"),
    },
    SCHEMA: {
        **{field: (ONE, SCHEMA) for field in _SCHEMA_ONE},
        **{field: (MAP, SCHEMA) for field in _SCHEMA_MAPS},
        **{field: (LIST, SCHEMA) for field in _SCHEMA_LISTS},
        "required": (LIST, "string"),
        "enum": (ONE, "list"),
        "type": (ONE, "type"),
        "discriminator": (ONE, "discriminator"),
    },
    "discriminator": {"propertyName": (ONE, "string"), "mapping": (MAP, "string")},
    "securityScheme": {"type": (ONE, "string"), "flows": (ONE, "object")},
    "tag": {"name": (ONE, "string"), "externalDocs": (ONE, "object")},
    "example": {},
    "link": {},
    "object": {},
}
# Keys later stages read without checking: a missing one is a shape error too.
REQUIRED: dict[str, tuple[str, ...]] = {"parameter": ("name", "in"), "server": ("url",), "tag": ("name",)}
# Objects that may be a Reference Object ({$ref: ...}) instead.
REFERABLE = {
    "pathItem",
    "parameter",
    "requestBody",
    "response",
    "header",
    "example",
    "link",
    "callback",
    "securityScheme",
    SCHEMA,
}

# What the keys of a mapping field are, in messages ("a mapping of status codes to Response objects").
_KEYS = {
    "paths": "paths",
    "responses": "status codes",
    "content": "media types",
    "properties": "property names",
    "patternProperties": "patterns",
    "callbacks": "names",
    "headers": "header names",
    "variables": "variable names",
    "mapping": "values",
}

LABELS = {
    "document": "an OpenAPI document",
    "info": "an Info object",
    "server": "a Server object",
    "serverVariable": "a Server Variable object",
    "pathItem": "a Path Item object",
    "operation": "an Operation object",
    "parameter": "a Parameter object",
    "header": "a Header object",
    "requestBody": "a Request Body object",
    "response": "a Response object",
    "mediaType": "a Media Type object",
    "encoding": "an Encoding object",
    "components": "a Components object",
    SCHEMA: "a Schema object (or true/false)",
    "discriminator": "a Discriminator object",
    "securityScheme": "a Security Scheme object",
    "securityRequirement": "a Security Requirement object (scheme name → list of scopes)",
    "tag": "a Tag object",
    "example": "an Example object",
    "link": "a Link object",
    "callback": "a Callback object (expression → Path Item)",
    "object": "a mapping",
    "string": "a string",
    "list": "a list",
    "type": "a type name or a list of type names",
}


@dataclass(frozen=True)
class Node:
    """A well-typed OpenAPI object: its kind, where it is (JSON pointer tokens) and its value."""

    kind: str
    path: tuple[str, ...]
    value: Any


@dataclass(frozen=True)
class Problem:
    path: tuple[str, ...]
    expected: str
    found: Any
    missing: bool = False  # a required key is absent (path ends with it)


def walk(document: Any, kind: str = "document", path: tuple[str, ...] = ()) -> Iterator[Node | Problem]:
    """Every OpenAPI object under `document` (well-typed ones as Node, mistyped ones as Problem), in
    document order. Extension (`x-`) fields and example payloads are data and are not entered."""
    stack: list[tuple[str, tuple[str, ...], Any]] = [(kind, path, document)]
    while stack:
        kind, path, value = stack.pop()
        if not _fits(kind, value):
            yield Problem(path, _expected(kind), value)
            continue
        if kind not in FIELDS and kind not in ("callback", "securityRequirement"):
            continue  # a leaf (string, list, type) or an opaque mapping
        if isinstance(value, bool):
            continue  # a boolean schema
        yield Node(kind, path, value)
        if "$ref" in value and kind in REFERABLE:
            if not isinstance(value["$ref"], str):
                yield Problem((*path, "$ref"), "a string (a JSON reference)", value["$ref"])
            if kind != SCHEMA:
                continue  # a Reference Object: its siblings are ignored (summary, description)
        for key in REQUIRED.get(kind, ()):
            if key not in value:
                yield Problem((*path, key), f"a {key!r} field", None, missing=True)
        children: list[tuple[str, tuple[str, ...], Any]] = []
        for key, item in value.items():
            child = (*path, key)
            if kind == "callback":
                children.append(("pathItem", child, item))
                continue
            if kind == "securityRequirement":
                children.append(("list", child, item))
                continue
            how, child_kind = FIELDS[kind].get(key, ("", ""))
            if not how or str(key).startswith("x-"):
                continue
            if how == ONE:
                children.append((child_kind, child, item))
            elif how == LIST:
                if not isinstance(item, list):
                    yield Problem(child, f"a list of {_plural(child_kind)}", item)
                    continue
                children.extend((child_kind, (*child, str(index)), entry) for index, entry in enumerate(item))
            elif not isinstance(item, dict):
                yield Problem(child, f"a mapping of {_KEYS.get(key, 'names')} to {_plural(child_kind)}", item)
            else:
                children.extend(
                    (child_kind, (*child, name), entry)
                    for name, entry in item.items()
                    if not str(name).startswith("x-")
                )
        stack.extend(reversed(children))  # document order


def check_shape(document: Any, *, file: str, kind: str = "document", path: tuple[str, ...] = ()) -> list[Diagnostic]:
    """Every place where the document (or the `kind` of object at `path`) does not have the JSON type
    the OpenAPI model requires."""
    found: list[Diagnostic] = []
    if kind == "document":
        if not isinstance(document, dict):
            return [
                Diagnostic(
                    Level.ERROR,
                    f"the document is {describe(document)}, not an OpenAPI document (a mapping)",
                    file=file,
                    place="/",
                    fix="give an OpenAPI 3.x document: a mapping with openapi, info and paths",
                    code="openapi-shape",
                )
            ]
        found.extend(_check_version(document, file))
    for item in walk(document, kind, path):
        if isinstance(item, Problem):
            found.append(problem_diagnostic(item, file))
    return found


def problem_diagnostic(problem: Problem, file: str) -> Diagnostic:
    place = pointer(problem.path)
    if problem.missing:
        return Diagnostic(
            Level.ERROR,
            f"{problem.expected} is required here",
            file=file,
            place=place,
            fix=f"add {problem.expected} (later stages read it)",
            code="openapi-shape",
        )
    return Diagnostic(
        Level.ERROR,
        f"expected {problem.expected}, found {describe(problem.found)}",
        file=file,
        place=place,
        fix="give it content or remove the key"
        if problem.found is None
        else f"write {problem.expected} here, as the OpenAPI specification defines it",
        code="openapi-shape",
    )


def _check_version(document: dict[str, Any], file: str) -> list[Diagnostic]:
    version = document.get("openapi")
    if (
        isinstance(version, str | int | float)
        and not isinstance(version, bool)
        and str(version).startswith(("3.0", "3.1"))
    ):
        return []
    return [
        Diagnostic(
            Level.ERROR,
            f"unsupported OpenAPI version {shown(version)}" if version is not None else "no 'openapi' version",
            file=file,
            place="/openapi",
            fix="SpecFoundry reads OpenAPI 3.0 and 3.1 documents (convert Swagger 2.0 first, e.g. with "
            "swagger2openapi)",
            code="openapi-version",
        )
    ]


def describe(value: Any) -> str:
    """What a mistyped value is, in words (vendor text quoted and cut short)."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, str):
        return f"a string ({shown(value, 40)})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def pointer(path: tuple[str, ...] | list[Any]) -> str:
    """RFC 6901 JSON pointer of a path of keys and indexes."""
    return "/" + "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in path)


def deepest(value: Any) -> tuple[int, tuple[str, ...]]:
    """How many collections deep `value` nests, and the path to its deepest one (iteratively)."""
    best: tuple[int, tuple[str, ...]] = (0, ())
    stack: list[tuple[Any, int, tuple[str, ...]]] = [(value, 1, ())]
    while stack:
        node, depth, path = stack.pop()
        if isinstance(node, dict):
            items: Any = node.items()
        elif isinstance(node, list):
            items = enumerate(node)
        else:
            continue
        if depth > best[0]:
            best = (depth, path)
        stack.extend((item, depth + 1, (*path, str(key))) for key, item in items)
    return best


def _fits(kind: str, value: Any) -> bool:
    if kind == SCHEMA:
        return isinstance(value, dict | bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "list":
        return isinstance(value, list)
    if kind == "type":
        return isinstance(value, str) or (isinstance(value, list) and all(isinstance(t, str) for t in value))
    if kind == "securityRequirement":
        return isinstance(value, dict)
    return isinstance(value, dict)


def _expected(kind: str) -> str:
    return LABELS.get(kind, "a mapping")


def _plural(kind: str) -> str:
    label = _expected(kind).removeprefix("an ").removeprefix("a ")
    if label.endswith(" object") or label.endswith(" object (or true/false)"):
        return label.replace(" object", " objects", 1)
    return {"string": "strings", "list": "lists"}.get(label, label)
