"""Lint a spec: openapi-spec-validator for structure, plus SpecFoundry's own rules for the mistakes the
validator lets through (it accepts any `format` string, so `int3é` passes it)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from jsonschema.exceptions import ValidationError
from jsonschema_path import SchemaPath
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator, OAS31Validator
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from generator.curate.path_parameters import VALIDATOR_MESSAGE, lint_path_parameters
from generator.curate.refs import RefuseEveryScheme, canonical_path, check_refs, place_of, refuse_retrieval
from generator.errors import Diagnostic, Level, shown
from generator.formats import judge_format
from generator.shape import check_shape


def lint(document: Any, *, file: str) -> list[Diagnostic]:
    """Every problem found: the shape first (nothing else can run on a misshapen document), then the
    references, then openapi-spec-validator, then our rules in document order.

    Nothing is retrieved: a reference that leaves the document is an error, never a download."""
    shape = check_shape(document, file=file)
    if shape:
        return shape
    structural = check_refs(document, file=file)  # the validators cannot run past a broken reference
    if not structural:
        structural = list(_validate_structure(document, file))
    return [
        *structural,
        *([] if structural else _lint_examples(document, file)),
        *_lint_formats(document, file),
        *_lint_scalar_properties(document, file),
        *_lint_descriptions(document, file),
        *_lint_operations(document, file),
        *lint_path_parameters(document, file),
    ]


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(item.level is Level.ERROR for item in diagnostics)


def _placing(keyword: type[Any], name: str) -> type[Any]:
    """openapi-spec-validator's own checks (path parameters, duplicate parameters or operationIds, schema
    meta-checks) yield errors without a place in the document. Each check gets the SchemaPath it works
    on: the innermost one prefixes its parts to the error's path, which is then a pointer from the root.
    The `default` check validates a schema's default value: its errors lie under `<schema>/default`."""
    inside = ["default"] if name == "default" else []

    class Placing(keyword):  # type: ignore[misc]
        def __call__(self, *args: Any, **kwargs: Any) -> Iterator[ValidationError]:
            where = next((arg for arg in args if isinstance(arg, SchemaPath)), None)
            for error in super().__call__(*args, **kwargs):
                if where is not None and not getattr(error, "_placed", False):
                    error.path.extendleft(reversed([*(str(part) for part in where.parts), *inside]))
                    error._placed = True
                yield error

    return Placing


# The validators' resolvers retrieve nothing: every scheme (http, file, a relative path's "") is refused.
class _OpenAPI30Validator(OpenAPIV30SpecValidator):
    resolver_handlers = RefuseEveryScheme()  # type: ignore[assignment]
    keyword_validators = {  # noqa: RUF012 (the base class declares it as a plain attribute)
        name: _placing(cls, name) for name, cls in OpenAPIV30SpecValidator.keyword_validators.items()
    }


class _OpenAPI31Validator(OpenAPIV31SpecValidator):
    resolver_handlers = RefuseEveryScheme()  # type: ignore[assignment]
    keyword_validators = {  # noqa: RUF012 (the base class declares it as a plain attribute)
        name: _placing(cls, name) for name, cls in OpenAPIV31SpecValidator.keyword_validators.items()
    }


def _validate_structure(document: dict[str, Any], file: str) -> Iterator[Diagnostic]:
    version = str(document.get("openapi", ""))
    validator_class = _OpenAPI31Validator if version.startswith("3.1") else _OpenAPI30Validator
    try:
        errors = list(validator_class(document).iter_errors())
    except (Unresolvable, RecursionError) as error:
        yield _unresolvable(document, file, error)
        return
    placed = sorted(
        (
            (
                *_error_place(document, error),
                _about_default(document, canonical_path(document, list(error.absolute_path))),
            )
            for error in errors
        ),
        key=lambda found: found[0],
    )
    for place, message, about_default in placed:
        if VALIDATOR_MESSAGE.match(message):  # said precisely, in both directions, by lint_path_parameters
            continue
        if about_default:  # real specs often quote numbers ("12345"); the generators coerce or drop them
            yield Diagnostic(
                Level.WARNING,
                f"default does not match its schema: {message}",
                file=file,
                place=place,
                fix="correct the default with an overlay (the generated code uses it as the parameter's default)",
                code="default-mismatch",
            )
            continue
        yield Diagnostic(
            Level.ERROR,
            message,
            file=file,
            place=place,
            fix="make the document valid OpenAPI at that place",
            code="openapi-schema",
        )


def _error_place(document: dict[str, Any], error: ValidationError) -> tuple[str, str]:
    """The deepest place a validation error is about, and the message for it.

    oneOf/anyOf failures sit on the object that matched no alternative; their context holds why each
    alternative failed, deeper down. The deepest of those is the most specific (and the alternative the
    author most likely meant). A place still at the root gets the property the error names. A place
    reached through a $ref is given where the target is written."""
    deepest = error
    pending = list(error.context or ())
    while pending:
        candidate = pending.pop(0)
        if len(candidate.absolute_path) > len(deepest.absolute_path):
            deepest = candidate
        pending.extend(candidate.context or ())
    path = list(deepest.absolute_path)
    if not path:
        path = _root_property(deepest)
    message = deepest.message.splitlines()[0]
    if deepest is error and error.context:  # no alternative got further: say what each one wanted
        reasons = list(dict.fromkeys(item.message.splitlines()[0] for item in error.context))
        message = "matches none of the allowed forms: " + "; or ".join(reasons[:3])
    return _pointer(canonical_path(document, path)) if path else "/openapi", message


def _about_default(document: Any, path: list[Any]) -> bool:
    """Whether an error lies in a schema's `default` value (not in a property named "default")."""
    node = document
    for index, part in enumerate(path):
        if part == "default" and isinstance(node, dict) and (index == 0 or path[index - 1] != "properties"):
            return True
        try:
            node = node[int(part)] if isinstance(node, list) else node[part]
        except (KeyError, IndexError, ValueError, TypeError):
            return False
    return False


def _root_property(error: ValidationError) -> list[str]:
    """For an error on the whole document: the property it is about (a missing or an unexpected one)."""
    instance = error.instance if isinstance(error.instance, dict) else {}
    if error.validator == "required" and isinstance(error.validator_value, list):
        missing = [name for name in error.validator_value if name not in instance]
        return [str(missing[0])] if missing else []
    unexpected = _UNEXPECTED.search(error.message)  # additionalProperties, unevaluatedProperties
    return [unexpected.group(1)] if unexpected and unexpected.group(1) in instance else []


_UNEXPECTED = re.compile(r"\('([^']*)'.* (?:was|were) unexpected\)")


def _unresolvable(document: Any, file: str, error: Exception) -> Diagnostic:
    """A reference the validator could not follow (it retrieves nothing), as one diagnostic."""
    if isinstance(error, RecursionError):
        return Diagnostic(
            Level.ERROR,
            "the document nests too deeply (through its references) for openapi-spec-validator",
            file=file,
            place="/components",
            fix="shorten the chains of nested schemas and references",
            code="openapi-schema",
        )
    ref = str(getattr(error, "ref", "") or "")
    return Diagnostic(
        Level.ERROR,
        f"reference {shown(ref)} cannot be resolved (SpecFoundry never retrieves documents)",
        file=file,
        place=place_of(document, ref) or "/",
        fix="refer to '#/components/...' inside the document",
        code="unresolved-ref",
    )


def _lint_formats(document: dict[str, Any], file: str) -> Iterator[Diagnostic]:
    """An unknown format is legal (tools fall back to the type): a warning. One keystroke away from a known
    format of the schema's type (`int3é`), it is a typo that silently loses what was meant: an error."""
    for path, schema in _schemas(document):
        fmt = schema.get("format")
        if not isinstance(fmt, str):
            continue
        types = schema.get("type")
        type_names = set(types) if isinstance(types, list) else {types} if isinstance(types, str) else set()
        verdict = judge_format(fmt, type_names)
        if verdict is None:
            continue
        if verdict.suggestion:
            fix = f"use format '{verdict.suggestion}'"
        elif fmt in type_names:
            fix = f"remove it: the type already says {fmt}"
        else:
            fix = (
                f"keep it if your tools know it; otherwise use a registered format for type "
                f"{'/'.join(sorted(type_names)) or 'any'}, or remove it"
            )
        yield Diagnostic(
            Level.ERROR if verdict.typo else Level.WARNING,
            f"unknown format '{fmt}'",
            file=file,
            place=_pointer((*path, "format")),
            fix=fix,
            code="unknown-format",
        )


_SCALAR_TYPES = frozenset({"string", "integer", "number", "boolean"})


def _lint_scalar_properties(document: dict[str, Any], file: str) -> Iterator[Diagnostic]:
    """`properties` on a schema whose only type is a scalar: every validator and generator ignores them, so
    what the document lists is lost. Usually a rendering artifact (an enum or an object printed as nested
    rows under a string), or an object whose `type` is wrong."""
    for path, schema in _schemas(document):
        types = schema.get("type")
        type_names = set(types) - {"null"} if isinstance(types, list) else {types}
        properties = schema.get("properties")
        if not (isinstance(properties, dict) and properties and type_names and type_names <= _SCALAR_TYPES):
            continue
        listed = ", ".join(sorted(str(name) for name in properties)[:5]) + (", …" if len(properties) > 5 else "")
        kind = "/".join(sorted(str(name) for name in type_names))
        yield Diagnostic(
            Level.WARNING,
            f"{'an' if kind[0] in 'aeiou' else 'a'} {kind} schema lists properties ({listed}), which no tool reads",
            file=file,
            place=_pointer((*path, "properties")),
            fix="with an overlay, make it `type: object` if it is one, or move what the properties say where it "
            "belongs (an `enum`, a description)",
            code="scalar-with-properties",
        )


def _lint_examples(document: dict[str, Any], file: str) -> Iterator[Diagnostic]:
    """Documented examples that contradict their own schema: one of the two is wrong, and a mock server
    (Prism serves examples) or a strict client will show it. Response examples are read as the server
    sends them (write-only fields may be absent), request examples as the client sends them."""
    version = str(document.get("openapi", ""))
    registry: Registry[Any] = Registry(retrieve=refuse_retrieval).with_resource(  # type: ignore[call-arg]
        "spec", Resource.from_contents(document, DRAFT202012)
    )
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
        try:
            errors = sorted(validator.iter_errors(value), key=lambda error: list(map(str, error.absolute_path)))
        except (Unresolvable, RecursionError) as error:
            yield _unresolvable(content["schema"], file, error)
            return
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
