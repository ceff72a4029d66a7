"""Lint a spec: openapi-spec-validator for structure, plus SpecFoundry's own rules for the mistakes the
validator lets through (it accepts any `format` string, so `int3é` passes it)."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any

from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator, OAS31Validator
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.errors import Diagnostic, Level
from generator.formats import REGISTERED_FORMATS


def lint(document: dict[str, Any], *, file: str) -> list[Diagnostic]:
    """Every problem found, structural errors first, then our rules in document order."""
    structural = list(_validate_structure(document, file))
    return [
        *structural,
        *([] if structural else _lint_examples(document, file)),
        *_lint_formats(document, file),
        *_lint_descriptions(document, file),
        *_lint_operations(document, file),
    ]


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(item.level is Level.ERROR for item in diagnostics)


def _validate_structure(document: dict[str, Any], file: str) -> Iterator[Diagnostic]:
    version = str(document.get("openapi", ""))
    validator_class = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    if not version.startswith("3."):
        yield Diagnostic(
            Level.ERROR,
            f"unsupported OpenAPI version {version!r}",
            file=file,
            place="openapi",
            fix="SpecFoundry works on OpenAPI 3.0 and 3.1 documents",
            code="openapi-version",
        )
        return
    errors = sorted(validator_class(document).iter_errors(), key=lambda e: [str(p) for p in e.absolute_path])
    for error in errors:
        place = _pointer(error.absolute_path)
        yield Diagnostic(
            Level.ERROR,
            error.message.splitlines()[0],
            file=file,
            place=place or "/",
            fix="make the document valid OpenAPI at that place",
            code="openapi-schema",
        )


def _lint_formats(document: dict[str, Any], file: str) -> Iterator[Diagnostic]:
    for path, schema in _schemas(document):
        fmt = schema.get("format")
        if not isinstance(fmt, str) or fmt in REGISTERED_FORMATS:
            continue
        types = schema.get("type")
        type_names = set(types) if isinstance(types, list) else {types} if isinstance(types, str) else set()
        fitting = [name for name, kind in REGISTERED_FORMATS.items() if not type_names or kind in type_names]
        closest = difflib.get_close_matches(fmt, fitting, n=1, cutoff=0.5)
        fix = (
            f"use format '{closest[0]}'"
            if closest
            else f"use a registered format for type {'/'.join(sorted(type_names)) or 'any'}, or remove it"
        )
        yield Diagnostic(
            Level.ERROR,
            f"unknown format '{fmt}'",
            file=file,
            place=_pointer((*path, "format")),
            fix=fix,
            code="unknown-format",
        )


def _lint_examples(document: dict[str, Any], file: str) -> Iterator[Diagnostic]:
    """Documented examples that contradict their own schema: one of the two is wrong, and a mock server
    (Prism serves examples) or a strict client will show it. Response examples are read as the server
    sends them (write-only fields may be absent), request examples as the client sends them."""
    version = str(document.get("openapi", ""))
    registry: Registry[Any] = Registry().with_resource("spec", Resource.from_contents(document, DRAFT202012))
    for path, item in (document.get("paths") or {}).items():
        for method, operation in item.items():
            if method not in _METHODS or not isinstance(operation, dict):
                continue
            body = operation.get("requestBody")
            targets = [("requestBody", body, "write")] if isinstance(body, dict) else []
            targets += [
                (f"responses/{status}", response, "read")
                for status, response in (operation.get("responses") or {}).items()
            ]
            for where, holder, direction in targets:
                for media, content in ((holder or {}).get("content") or {}).items():
                    yield from _check_media_examples(
                        content,
                        version,
                        registry,
                        direction,
                        file,
                        ("paths", path, method, *where.split("/"), "content", media),
                    )


def _check_media_examples(
    content: Any, version: str, registry: Registry[Any], direction: str, file: str, place: tuple[str, ...]
) -> Iterator[Diagnostic]:
    if not isinstance(content, dict) or not isinstance(content.get("schema"), dict):
        return
    examples: list[tuple[tuple[str, ...], Any]] = []
    if "example" in content:
        examples.append((("example",), content["example"]))
    for name, example in (content.get("examples") or {}).items():
        if isinstance(example, dict) and "value" in example:
            examples.append((("examples", name, "value"), example["value"]))
    if not examples:
        return
    schema = _with_refs_into(content["schema"], "spec")
    if version.startswith("3.0"):
        validator_class = OAS30ReadValidator if direction == "read" else OAS30WriteValidator
        validator: Any = validator_class(schema, registry=registry)
    else:
        validator = OAS31Validator(schema, registry=registry)
    for where, value in examples:
        errors = sorted(validator.iter_errors(value), key=lambda error: list(map(str, error.absolute_path)))
        if errors:
            first = errors[0]
            at = "/".join(str(part) for part in first.absolute_path) or "(root)"
            yield Diagnostic(
                Level.WARNING,
                f"example does not match its schema at {at}: {first.message}"
                + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""),
                file=file,
                place=_pointer((*place, *where)),
                fix="find out which is right (ask the vendor, or a real response) and curate the other with an overlay",
                code="example-mismatch",
            )


def _with_refs_into(node: Any, resource: str) -> Any:
    """Local `#/...` references → `spec#/...`, so they resolve against the whole document."""
    if isinstance(node, dict):
        return {
            key: (
                f"{resource}{value}"
                if key == "$ref" and isinstance(value, str) and value.startswith("#")
                else _with_refs_into(value, resource)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_with_refs_into(item, resource) for item in node]
    return node


def _lint_descriptions(document: dict[str, Any], file: str) -> Iterator[Diagnostic]:
    for path, node in _walk(document, ()):
        text = node.get("description")
        if isinstance(text, str) and text.count('"') % 2 == 1 and text.rstrip().endswith('"'):
            yield Diagnostic(
                Level.WARNING,
                "description ends with an unmatched double quote",
                file=file,
                place=_pointer((*path, "description")),
                fix="remove the stray '\"' at the end of the description",
                code="stray-quote",
            )


def _lint_operations(document: dict[str, Any], file: str) -> Iterator[Diagnostic]:
    for path, item in (document.get("paths") or {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and method in _METHODS and not operation.get("operationId"):
                yield Diagnostic(
                    Level.WARNING,
                    f"{method.upper()} {path} has no operationId",
                    file=file,
                    place=_pointer(("paths", path, method)),
                    fix="add an operationId (an overlay can)",
                    code="missing-operation-id",
                )


_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
# Keys under which schemas (or maps of schemas) live; walking only these avoids treating examples as schemas.
_SCHEMA_KEYS = {
    "schema",
    "items",
    "additionalProperties",
    "not",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
}
_SCHEMA_LIST_KEYS = {"allOf", "anyOf", "oneOf", "prefixItems"}
_SCHEMA_MAP_KEYS = {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}


def _schemas(document: dict[str, Any]) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every schema object in the document, with its path, found wherever OpenAPI allows one."""
    for path, node in _walk(document, ()):
        if path and (
            path[-1] in _SCHEMA_KEYS
            or (len(path) >= 2 and (path[-2] in _SCHEMA_MAP_KEYS or path[-2] in _SCHEMA_LIST_KEYS))
            or (len(path) == 3 and path[:2] == ("components", "schemas"))
        ):
            yield path, node


def _walk(node: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            if key in ("example", "examples") and path and path[-1] != "components":
                continue  # example payloads are data, not schema
            yield from _walk(value, (*path, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*path, str(index)))


def _pointer(path: Any) -> str:
    return "/" + "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in path)
