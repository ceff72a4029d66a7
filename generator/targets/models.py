"""Models packages: pydantic v2 models of every schema of an API, made by datamodel-code-generator (called
as a library) from the normalized spec, for consumers that validate payloads without making HTTP calls.

The package is `<import_name>/models.py` (datamodel-code-generator's output), `<import_name>/_base.py`
(the base classes the models share) and an `__init__.py` re-exporting every class; the text of every
file but models.py comes from templates/models/.

Request models refuse unknown fields: normalization already dropped read-only properties from request
schemas, so forbidding extras is what makes `id=` or `owner=` an error instead of silently ignored data.
Schemas reached only from request bodies are marked with datamodel-code-generator's `customBasePath`
keyword (in a copy of the spec) so their classes derive from `RequestModel` (extra="forbid"); every
other class derives from `WireModel` and ignores unknown fields, because servers add response fields.
"""

from __future__ import annotations

import ast
import copy
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import jinja2
from datamodel_code_generator import (
    Error,
    InputFileType,
    NamingStrategy,
    OpenAPIScope,
    PythonVersion,
    SchemaParseError,
    TargetPydanticVersion,
    generate,
)
from datamodel_code_generator.enums import DataModelType

from generator.config import ApiConfig, TargetConfig
from generator.errors import SpecFoundryError
from generator.normalize import NormalizedSpec
from generator.targets.formatting import ruff_fix_and_format

MODELS_MODULE = "models"
BASE_MODULE = "_base"
WIRE_BASE = "WireModel"
REQUEST_BASE = "RequestModel"
_REF_PREFIX = "#/components/schemas/"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Subschema keywords (JSON Schema 2020-12 and OpenAPI 3.0): where a walk goes on from a schema.
_SCHEMA_VALUES = ("items", "additionalProperties", "not", "if", "then", "else", "contains", "additionalItems")
_SCHEMA_LISTS = ("allOf", "oneOf", "anyOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas")
_WARNINGS_TO_PASS_ON = (DeprecationWarning, PendingDeprecationWarning, FutureWarning)

Direction = Literal["request", "response"]
ModelKind = Literal["request", "model", "root", "enum"]


@dataclass(frozen=True)
class ModelClass:
    """One class of the generated models module, as the templates list it."""

    name: str
    kind: ModelKind


def render_models(
    api: ApiConfig,
    target: TargetConfig,
    spec: NormalizedSpec,
    *,
    version: str,
    output: Path,
    templates: Path,
    format_code: bool = True,
) -> None:
    """Write the models package for `target` into `output` (which must not exist yet).

    `format_code=False` leaves ruff to the caller, which formats every package of a run in one go.
    """
    if output.exists():
        raise SpecFoundryError(
            "the output folder already exists", file=output, fix="render into a new folder (the pipeline stages one)"
        )
    environment = _environment(templates / "models")
    data: dict[str, Any] = {
        "api_name": api.name,
        "title": api.title,
        "project_name": target.package,
        "package_name": target.import_name,
        "version": version,
        "base_module": BASE_MODULE,
        "models_module": MODELS_MODULE,
        "wire_base": WIRE_BASE,
        "request_base": REQUEST_BASE,
    }
    header = _render(environment, "models_header.py.jinja", data).strip()
    document = mark_request_schemas(spec.document, f"{target.import_name}.{BASE_MODULE}.{REQUEST_BASE}")
    code = _generate(document, api, header=header, wire_base=f"{target.import_name}.{BASE_MODULE}.{WIRE_BASE}")
    classes = _classes(code)
    taken = sorted({WIRE_BASE, REQUEST_BASE} & {model.name for model in classes})
    if taken:
        raise SpecFoundryError(
            f"a schema's class name {taken[0]!r} is taken by the models package's own base class",
            file=api.curated_spec,
            fix="rename that component schema with an overlay",
        )
    data["models"] = sorted(classes, key=lambda model: model.name)
    data["readme_example"] = str(target.settings.get("readme_example", "")).strip()
    data["example_model"] = _example_model(classes)

    package = output / target.import_name
    package.mkdir(parents=True)
    (package / f"{MODELS_MODULE}.py").write_text(code, encoding="utf-8")
    (package / f"{BASE_MODULE}.py").write_text(_render(environment, "base.py.jinja", data), encoding="utf-8")
    (package / "__init__.py").write_text(_render(environment, "package_init.py.jinja", data), encoding="utf-8")
    (package / "py.typed").write_text("", encoding="utf-8")
    (output / "pyproject.toml").write_text(_render(environment, "pyproject.toml.jinja", data), encoding="utf-8")
    (output / "README.md").write_text(_render(environment, "README.md.jinja", data), encoding="utf-8")
    if format_code:
        ruff_fix_and_format(output)


def _generate(document: dict[str, Any], api: ApiConfig, *, header: str, wire_base: str) -> str:
    """datamodel-code-generator's single-module output for `document`; its complaints become our errors."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = generate(
                document,
                input_file_type=InputFileType.OpenAPI,
                # Inline request/response bodies get models too, named after the operation (normalization
                # made every operationId readable), e.g. `ImportCostCentersRequest`.
                openapi_scopes=[OpenAPIScope.Schemas, OpenAPIScope.Paths],
                use_operation_id_as_name=True,
                # Nested inline schemas are named after their parent (`InvoiceStage`), not numbered (`Stage1`):
                # names that do not move when an unrelated schema is added.
                naming_strategy=NamingStrategy.ParentPrefixed,
                output_model_type=DataModelType.PydanticV2BaseModel,
                target_python_version=PythonVersion.PY_311,
                target_pydantic_version=TargetPydanticVersion.V2_11,
                base_class=wire_base,
                snake_case_field=True,  # wire names stay as aliases; _base.py lets both validate
                use_annotated=True,
                field_constraints=True,  # Field(ge=0) instead of conint(): mypy --strict understands it
                capitalise_enum_members=True,
                set_default_enum_member=True,  # `= CostCenterState.DISABLED`, not a str where an enum is typed
                strict_nullable=True,  # only nullable (or optional) fields are `X | None`
                # Hrefs are often relative (`/cleemy-procurement/api/natures/1`) where the spec says
                # `format: uri`: pydantic's AnyUrl would reject real payloads, so URIs are plain strings.
                type_mappings=["string+uri=string", "string+iri=string"],
                use_schema_description=True,
                use_field_description=True,
                use_single_line_docstring=True,
                # Determinism: no timestamp or version banner (our header instead), no network, every $ref
                # must resolve, and formatting is ruff's (ruff_fix_and_format), the same on every machine.
                disable_timestamp=True,
                custom_file_header=header,
                allow_remote_refs=False,
                strict_refs=True,
                formatters=[],
                treat_dot_as_module=False,
            )
        except SchemaParseError as error:
            raise SpecFoundryError(
                f"datamodel-code-generator cannot read a schema of the normalized spec: {error.message}",
                file=api.curated_spec,
                place="/".join(error.path) or None,
                fix="correct that schema with an overlay (run `specfoundry lint` on the spec)",
            ) from None
        except Error as error:
            raise SpecFoundryError(
                f"datamodel-code-generator cannot generate models: {error.message}",
                file=api.curated_spec,
                fix="correct the spec with an overlay (run `specfoundry lint` on the spec)",
            ) from None
    problems = [item for item in caught if not issubclass(item.category, _WARNINGS_TO_PASS_ON)]
    if problems:
        raise SpecFoundryError(
            "datamodel-code-generator could not model every schema as written: "
            + "; ".join(str(item.message) for item in problems),
            file=api.curated_spec,
            fix="curate the spec with an overlay so every schema is understood",
        )
    for item in caught:  # a changed library default: the tests show it, the run goes on
        warnings.warn_explicit(item.message, item.category, item.filename, item.lineno)
    if not isinstance(result, str):
        raise SpecFoundryError(
            "datamodel-code-generator split the models into several modules",
            file=api.curated_spec,
            fix="rename dotted component schema keys with an overlay",
        )
    return result


def mark_request_schemas(document: dict[str, Any], request_base: str) -> dict[str, Any]:
    """A copy of `document` whose object schemas reached only from request bodies name `request_base` as
    their base class (datamodel-code-generator's `customBasePath`).

    Schemas that responses reach too stay lenient: a server adding a field must not break validation. So
    do schemas that say what to do with extra properties (`additionalProperties`) and property-less ones
    (a free-form object forbidding everything would accept nothing).
    """
    result = copy.deepcopy(document)
    components = (result.get("components") or {}).get("schemas") or {}
    reached: dict[Direction, dict[int, dict[str, Any]]] = {"request": {}, "response": {}}
    for direction, schema in _body_schemas(result):
        _walk(schema, components, reached[direction])
    for key, schema in reached["request"].items():
        if key in reached["response"]:
            continue
        if isinstance(schema.get("properties"), dict) and schema["properties"] and "additionalProperties" not in schema:
            schema["customBasePath"] = request_base
    return result


def _body_schemas(document: dict[str, Any]) -> Iterator[tuple[Direction, dict[str, Any]]]:
    """The schema of every request and response body of every operation, with its direction."""
    components = document.get("components") or {}
    for item in (document.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for method in _METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            body = _resolve(operation.get("requestBody"), components, "requestBodies")
            for schema in _media_schemas(body):
                yield "request", schema
            for response in (operation.get("responses") or {}).values():
                for schema in _media_schemas(_resolve(response, components, "responses")):
                    yield "response", schema


def _resolve(node: Any, components: dict[str, Any], section: str) -> Any:
    """A requestBody or response object, following one `#/components/<section>/` reference."""
    prefix = f"#/components/{section}/"
    ref = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(ref, str) and ref.startswith(prefix):
        return (components.get(section) or {}).get(ref[len(prefix) :])
    return node


def _media_schemas(body: Any) -> Iterator[dict[str, Any]]:
    if not isinstance(body, dict):
        return
    for media in (body.get("content") or {}).values():
        if isinstance(media, dict) and isinstance(media.get("schema"), dict):
            yield media["schema"]


def _walk(schema: Any, components: dict[str, Any], seen: dict[int, dict[str, Any]]) -> None:
    """Record (by identity) every schema object reachable from `schema`, following component $refs."""
    if not isinstance(schema, dict) or id(schema) in seen:
        return
    seen[id(schema)] = schema
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(_REF_PREFIX):
        _walk(components.get(ref[len(_REF_PREFIX) :]), components, seen)
    for key in _SCHEMA_VALUES:
        value = schema.get(key)
        for member in value if isinstance(value, list) else [value]:
            _walk(member, components, seen)
    for key in _SCHEMA_LISTS:
        for member in schema.get(key) or []:
            _walk(member, components, seen)
    for key in _SCHEMA_MAPS:
        for member in (schema.get(key) or {}).values():
            _walk(member, components, seen)


def _classes(code: str) -> list[ModelClass]:
    """The top-level classes of the generated module, in order, with what kind of class each is."""
    classes = []
    for node in ast.parse(code).body:
        if not isinstance(node, ast.ClassDef):
            continue
        bases = {ast.unparse(base).split("[", 1)[0] for base in node.bases}
        kind: ModelKind
        if REQUEST_BASE in bases:
            kind = "request"
        elif "RootModel" in bases:
            kind = "root"
        elif bases & {"Enum", "StrEnum", "IntEnum", "IntFlag", "Flag"}:
            kind = "enum"
        else:
            kind = "model"
        classes.append(ModelClass(name=node.name, kind=kind))
    return classes


def _example_model(classes: list[ModelClass]) -> str | None:
    """The class the README's default example parses: a response object model if there is one."""
    objects = sorted(model.name for model in classes if model.kind == "model")
    responses = [name for name in objects if name.endswith("Response")]
    return next(iter(responses or objects), None)


def _environment(folder: Path) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # Python, TOML and Markdown, not HTML
    )


def _render(environment: jinja2.Environment, name: str, data: dict[str, Any]) -> str:
    try:
        return environment.get_template(name).render(**data)
    except jinja2.TemplateNotFound:
        raise SpecFoundryError(
            f"missing template {name}", file=f"templates/models/{name}", fix="restore it from version control"
        ) from None
    except jinja2.TemplateError as error:
        line = getattr(error, "lineno", None)
        raise SpecFoundryError(
            f"invalid template: {error}",
            file=getattr(error, "filename", None) or f"templates/models/{name}",
            place=str(line) if line else None,
            fix="correct the template under templates/models/",
        ) from None
