"""Widdershins markdown (Simpro's API reference) → OpenAPI 3.0.3.

Simpro publishes its reference as the markdown Widdershins v4.0.1 renders from its Swagger 2.0 file
(`widdershins --language_tabs 'shell:Shell' 'javascript:JavaScript' 'python:Python'`), one section per
tag. `markdown` reads the template's layout, `schema` turns the schema tables
back into schemas, `components` names the shapes Widdershins inlined. This module puts the
operation together:

- operationIds stay the vendor's hashes; summaries, descriptions and examples stay verbatim;
- the response and request-body examples shown on the page become `example` (response media type) and
  `examples.example` (request body) values, since they are what the vendor's schema produced;
- the parameter and schema tables give types, formats, `required`, nullability, read/write-only and enums;
- the request and response media types come from the code samples' Content-Type and Accept headers;
- "This operation does not require authentication" is recorded as no `security` on the operation (not
  `security: []`), so a curation overlay that adds root-level security covers every operation.

What the page shows but no OpenAPI field can hold, or what the page leaves out (a schema not printed,
enumerated values that fit no row), comes back as a warning with the line; nothing is dropped silently.
`components` documents how components are named; `source.options["schema_names"]` renames them.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import Diagnostic, Level, SpecFoundryError
from generator.importers.base import ImportResult, SourceDocument
from generator.importers.widdershins.components import ShapePlan, extract_components
from generator.importers.widdershins.markdown import read_page
from generator.importers.widdershins.markdown_operation import PATH_SERVERS
from generator.importers.widdershins.outline import (
    ComponentSchema,
    ExampleGroup,
    Fence,
    OperationBlock,
    Page,
    ResponseSchema,
    Row,
    Table,
    TagSection,
    Text,
)
from generator.importers.widdershins.schema import (
    ANONYMOUS,
    COMBINATOR_TITLES,
    CONTINUED,
    EnumEntry,
    SchemaRow,
    assign_enums,
    attach_examples,
    complete_arrays,
    fill_children,
    flatten,
    infer_schema,
    nest,
    parse_type,
    row_schema,
    split_name,
)
from generator.importers.widdershins.security import Use, name_schemes, requirements

OPENAPI_VERSION = "3.0.3"
DEFAULT_MEDIA_TYPE = "application/json"
DEFAULT_EXTERNAL_DOCS_TEXT = "External documentation"  # translations.dot
_PRIMITIVE_SCHEMA_CELLS = ("string", "integer", "number", "boolean")
# Methods given, in order, to the operations of one callback expression (the page does not print theirs).
_CALLBACK_METHODS = ("post", "put", "patch", "get", "delete", "head", "options", "trace")


def import_widdershins(source: SourceDocument, known: Mapping[str, Any]) -> ImportResult:
    """Read one Widdershins page (a whole reference or one tag section) into an OpenAPI document.

    With a `plan_import` plan as `source.context` (a whole import), the page was read with the others and
    its schemas are named across all of them; alone, they are named on this page, reusing `known`'s.
    """
    plan = source.context
    if isinstance(plan, ImportPlan) and source.path in plan.pages:
        return plan.finish(source.path, known)
    diagnostics: list[Diagnostic] = []
    page = read_page(source.text, source.path, diagnostics)
    builder = _Builder(source.path, page, diagnostics)
    document = builder.document()
    builder.warn_undefined_schemes(_scheme_names(known))
    renames = _schema_names(source)
    extract_components(document, known, renames, source.path, diagnostics, reserved=source.reserved)
    return ImportResult(document=document, diagnostics=diagnostics)


def plan_import(sources: Sequence[SourceDocument]) -> ImportPlan:
    """Read every page of one import first, and name the schemas of all of them together."""
    return ImportPlan(sources)


class ImportPlan:
    """The pages of one import, read, with their schemas named across all of them (so that names do not
    depend on the order of the pages). Each page is finished (its schemas replaced by references) when
    the import reaches it; a page that could not be read raises its error then."""

    def __init__(self, sources: Sequence[SourceDocument]) -> None:
        self.pages: dict[Path, tuple[_Builder | None, list[Diagnostic], SpecFoundryError | None]] = {}
        documents: dict[Path, dict[str, Any]] = {}
        overrides: dict[Path, dict[str, str]] = {}
        vendor: dict[str, Any] = {}
        for source in sources:
            diagnostics: list[Diagnostic] = []
            try:
                builder = _Builder(source.path, read_page(source.text, source.path, diagnostics), diagnostics)
                documents[source.path] = builder.document()
                overrides[source.path] = _schema_names(source)
            except SpecFoundryError as error:
                self.pages[source.path] = (None, diagnostics, error)
                continue
            self.pages[source.path] = (builder, diagnostics, None)
            for name, schema in ((documents[source.path].get("components") or {}).get("schemas") or {}).items():
                vendor.setdefault(name, schema)  # a page defining it differently is the merge's error
        reserved = {name for source in sources for name in source.reserved}
        self.shapes = ShapePlan(vendor, reserved)
        for path, document in documents.items():
            self.shapes.add(path, document)
        found: list[Diagnostic] = []
        try:
            self.shapes.name(overrides, found)
        except SpecFoundryError as error:  # one page's schema_names: that page fails, the others go on
            failed = next((path for path in self.pages if str(path) == error.file), None)
            if failed is not None:
                self.pages[failed] = (None, self.pages[failed][1], error)
        for diagnostic in found:
            for path, (_, diagnostics, _) in self.pages.items():
                if str(path) == diagnostic.file:
                    diagnostics.append(diagnostic)

    def finish(self, path: Path, known: Mapping[str, Any]) -> ImportResult:
        builder, diagnostics, error = self.pages.pop(path)
        if error is not None or builder is None:
            raise error or SpecFoundryError("the page was imported twice", file=path)
        builder.warn_undefined_schemes(_scheme_names(known))
        document = self.shapes.materialise(path, diagnostics)
        return ImportResult(document=document, diagnostics=diagnostics)


def _scheme_names(known: Mapping[str, Any]) -> set[str]:
    return set((known.get("components") or {}).get("securitySchemes") or {})


def _schema_names(source: SourceDocument) -> dict[str, str]:
    overrides = source.options.get("schema_names", {})
    if not isinstance(overrides, Mapping):
        raise SpecFoundryError(
            "option 'schema_names' must map derived schema names to chosen ones",
            file=source.path,
            place="schema_names",
            fix='write it as a table: [sources.schema_names] DerivedName = "ChosenName"',
        )
    return {str(k): str(v) for k, v in overrides.items()}


@dataclass
class _Samples:
    """What the generated code samples say beyond the rest of the operation."""

    content_type: str | None = None
    accept: str | None = None
    headers: dict[str, str] = field(default_factory=dict)  # header parameter → example shown
    query: dict[str, Any] = field(default_factory=dict)  # required query parameter → example shown
    query_string: str = ""  # the sample URL's query: how required query parameters are serialised


@dataclass
class _Example:
    """A response's example(s) as the page shows them: "> 200 Response" and one value (an `example`, or a
    sample of the schema), or the response's `examples` one after the other, headed by a description."""

    values: list[Any]
    line: int
    named: bool

    def media(self) -> dict[str, Any]:
        """As a media type's `example`, or its `examples` (their keys are not printed: numbered)."""
        if not self.named:
            return {"example": self.values[0]}
        keys = ["example", *(f"example{number}" for number in range(2, len(self.values) + 1))]
        return {"examples": {key: {"value": value} for key, value in zip(keys, self.values, strict=True)}}


@dataclass(frozen=True)
class _ParameterTable:
    """What the parameters table says beyond its rows, by row line: full descriptions and enums."""

    descriptions: dict[int, str]
    enums: dict[int, list[Any]]


class _Builder:
    def __init__(self, file: Path, page: Page, diagnostics: list[Diagnostic]) -> None:
        self.file = file
        self.undefined_schemes: list[tuple[str, int]] = []  # used, defined on no page read so far
        self.page = page
        self.diagnostics = diagnostics
        # request bodies seen so far, by example, to recognise an array body's items (see _body)
        self.bodies: list[tuple[Any, dict[str, Any]]] = []
        self.security_uses: list[Use] = []  # in page order

    def warn(self, message: str, line: int, code: str, fix: str | None = None) -> None:
        self.diagnostics.append(
            Diagnostic(Level.WARNING, message, file=str(self.file), place=str(line), fix=fix, code=code)
        )

    def error(self, message: str, line: int, fix: str) -> SpecFoundryError:
        return SpecFoundryError(message, file=self.file, place=str(line), fix=fix)

    # -- document ------------------------------------------------------------------------------------
    def document(self) -> dict[str, Any]:
        document: dict[str, Any] = {"openapi": OPENAPI_VERSION}
        info = self._info()
        if info:
            document["info"] = info
        if self.page.servers:
            document["servers"] = copy.deepcopy(self.page.servers)
        if self.page.tags:  # all of them, in page order: Widdershins orders its sections by this list
            document["tags"] = [self._tag(section) for section in self.page.tags]
        paths: dict[str, dict[str, Any]] = {}
        for section in self.page.tags:
            for block in section.operations:
                if block.method == PATH_SERVERS:
                    # The pseudo-operation shows that the path has servers of its own, not which: its code
                    # samples use the document's servers.
                    self.warn(
                        f"{block.path} has servers of its own (Widdershins prints them as the pseudo-operation "
                        f"'{block.heading.text}'), but the page does not show them; not read",
                        block.method_line,
                        "widdershins-path-servers",
                        fix="add the path's servers in an overlay",
                    )
                    continue
                method = block.method.lower()
                item = paths.setdefault(block.path, {})
                if method in item:
                    raise self.error(
                        f"{block.method} {block.path} is documented twice in this page",
                        block.method_line,
                        fix="keep one of the two operation sections",
                    )
                item[method] = self._operation(block, section)
        document["paths"] = paths
        self._name_unnamed_schemes()
        components: dict[str, Any] = {}
        if self.page.schemas:
            components["schemas"] = {}
            for component in self.page.schemas:
                if component.name.text in components["schemas"]:
                    raise self.error(
                        f"schema '{component.name.text}' is listed twice in the Schemas section",
                        component.name.line,
                        fix="the page was edited: capture it again",
                    )
                components["schemas"][component.name.text] = self._component(component)
        if self.page.security_schemes:
            components["securitySchemes"] = self.page.security_schemes
        if components:
            document["components"] = components
            _drop_echoed_descriptions(document, components.get("schemas") or {})
        return document

    def _info(self) -> dict[str, Any] | None:
        """`<title> v<version>` (main.dot prints info.title and a version prefixed with 'v')."""
        if self.page.title is None:
            if self.page.tags:
                self.diagnostics.append(
                    Diagnostic(
                        Level.INFO,
                        "this section has no API title; info comes from the page that has it "
                        "(the overview) or from curation",
                        file=str(self.file),
                        code="widdershins-no-info",
                    )
                )
            return None
        title, _, version = self.page.title.text.rpartition(" ")
        if not title or not re.fullmatch(r"v\S+", version):
            title, version = self.page.title.text, "v"
        info: dict[str, Any] = {"title": title, "version": version[1:] or "unknown"}
        if self.page.info_description:
            info["description"] = self.page.info_description.text
        info.update(self.page.info_extras)
        return info

    def _tag(self, section: TagSection) -> dict[str, Any]:
        tag: dict[str, Any] = {"name": section.name.text}
        if section.description:
            tag["description"] = section.description.text
        if section.external_docs:
            url, text = section.external_docs
            tag["externalDocs"] = (
                {"url": url} if text == DEFAULT_EXTERNAL_DOCS_TEXT else {"description": text, "url": url}
            )
        return tag

    # -- operation -----------------------------------------------------------------------------------
    def _operation(self, block: OperationBlock, section: TagSection | None) -> dict[str, Any]:
        """One operation; `section` None for a callback's operation (no tag, and a heading that is its
        parent's: callbacks.def keeps the parent's name)."""
        operation: dict[str, Any] = {"tags": [section.name.text]} if section is not None else {}
        if block.summary:
            operation["summary"] = block.summary.text
        if block.description:
            operation["description"] = block.description.text
        if block.operation_id is not None:
            operation["operationId"] = block.operation_id
            if section is not None and block.heading.text != block.operation_id:
                self.warn(
                    f"heading '{block.heading.text}' differs from the operationId anchor '{block.operation_id}'",
                    block.heading.line,
                    "widdershins-heading",
                )
        samples = self._samples(block)
        parameters, body_rows = self._parameter_rows(block)
        table = _ParameterTable(self._long_descriptions(block), self._parameter_enums(block))
        if parameters:
            operation["parameters"] = [self._parameter(row, samples, table) for row in parameters]
        body = self._body(block, body_rows, samples, table)
        if body is not None:
            operation["requestBody"] = body
        operation["responses"] = self._responses(block, samples)
        if block.callbacks_line:
            operation["callbacks"] = self._callbacks(block)
        security = self._security(block)
        if security is not None:
            operation["security"] = security
        return operation

    def _callbacks(self, block: OperationBlock) -> dict[str, Any]:
        """`### Callbacks` → {name: {expression: {method: operation}}}.

        callbacks.def renders a callback's operation under its parent's `METHOD /path` line and code
        samples, so its own method is not on the page. It is recorded as `post` (what callbacks and
        webhooks almost always are), a second one under the same expression as the next free method
        of `_CALLBACK_METHODS`, each with a warning at its expression's line.
        """
        callbacks: dict[str, Any] = {}
        for index, callback in enumerate(block.callbacks):
            if index and not callback.expressions:
                # callbacks.def finds the next callback on `data.operation`, which is by then the callback
                # operation it has just rendered: later callbacks print as a bare heading.
                self.warn(
                    f"callback '{callback.name.text}' is printed without its expressions and operations "
                    "(Widdershins 4.0.1 prints only the first callback of an operation in full); "
                    "recorded as an empty callback",
                    callback.name.line,
                    "widdershins-callback-lost",
                    fix="describe the callback in an overlay",
                )
            expressions: dict[str, Any] = {}
            for expression in callback.expressions:
                item: dict[str, Any] = {}
                for nested, method in zip(expression.operations, _CALLBACK_METHODS, strict=False):
                    if (nested.method, nested.path) != (block.method, block.path):
                        self.warn(
                            f"callback '{callback.name.text}' prints {nested.method} {nested.path}, not its "
                            f"parent's {block.method} {block.path} as Widdershins does",
                            nested.method_line,
                            "widdershins-callback",
                        )
                    item[method] = self._operation(nested, None)
                    self.warn(
                        f"callback '{callback.name.text}' {expression.text.text}: Widdershins prints the parent's "
                        f"method ({block.method}) for a callback's operation, not the callback's own; "
                        f"recorded as {method.upper()}",
                        expression.text.line,
                        "widdershins-callback-method",
                        fix="set the callback's method in an overlay if it is not " + method.upper(),
                    )
                if len(expression.operations) > len(_CALLBACK_METHODS):
                    self.warn(
                        f"callback '{callback.name.text}' {expression.text.text} has more operations than "
                        "HTTP methods; the extra ones are not placed",
                        expression.text.line,
                        "widdershins-unplaced",
                    )
                expressions[expression.text.text] = item
            callbacks[callback.name.text] = expressions
        return callbacks

    # -- code samples --------------------------------------------------------------------------------
    def _samples(self, block: OperationBlock) -> _Samples:
        """Read the generated samples for what only they show; report samples Widdershins did not generate.

        Everything else in them (method, path, body) is printed elsewhere in the operation.
        """
        samples = _Samples()
        for fence in block.code_samples:
            generated = {
                "shell": fence.text.startswith("# You can also use wget\ncurl -X "),
                "javascript": "\nfetch('" in "\n" + fence.text,
                "python": fence.text.startswith("import requests\n"),
            }.get(fence.lang)
            if not generated:
                self.warn(
                    f"the {fence.lang or 'untagged'} code sample is not one Widdershins generates "
                    "(x-code-samples?); not read",
                    fence.line,
                    "widdershins-code-sample",
                    fix="carry custom code samples in an overlay (x-code-samples)",
                )
            elif fence.lang == "shell":
                self._shell_sample(fence, block, samples)
            elif fence.lang == "python":
                samples.query = self._python_params(fence)
        return samples

    def _shell_sample(self, fence: Fence, block: OperationBlock, samples: _Samples) -> None:
        lines = fence.text.split("\n")
        curl = re.match(r"^curl -X (?P<method>\S+) (?P<url>\S+?)(?: \\)?$", lines[1])
        if curl is None:
            self.warn("the shell sample's curl line is not read", fence.line + 2, "widdershins-code-sample")
            return
        url, _, samples.query_string = curl.group("url").partition("?")
        if curl.group("method") != block.method or not url.endswith(block.path):
            self.warn(
                f"the shell sample calls {curl.group('method')} {url}, the operation is {block.method} {block.path}",
                fence.line + 2,
                "widdershins-code-sample",
            )
        for offset, text in enumerate(lines[2:], start=3):
            header = re.match(r"^  -H '(?P<name>[^:]+): (?P<value>.*)'(?: \\)?$", text)
            if header is None:
                if text.strip():
                    self.warn(f"shell sample line not read: {text!r}", fence.line + offset, "widdershins-code-sample")
                continue
            name, value = header.group("name"), header.group("value")
            # fakeProdCons/getParameters: Content-Type, then Accept, then header parameters, then auth.
            if name == "Content-Type" and samples.content_type is None and not samples.headers:
                samples.content_type = value
            elif name == "Accept" and samples.accept is None and not samples.headers:
                samples.accept = value
            else:
                samples.headers[name] = value

    def _python_params(self, fence: Fence) -> dict[str, Any]:
        """`params={ 'a': 'x',  'b': {json} }` of the Python sample: required query parameters' examples.

        code_python.dot prints every entry on one line, quoting scalars (`'3'`) and writing objects as JSON.
        """
        start = fence.text.find("params={\n")
        if start < 0:
            return {}
        text = fence.text[start + len("params={\n") :]
        values: dict[str, Any] = {}
        decoder = json.JSONDecoder()
        position = 0
        while True:
            entry = re.compile(r"\s*'(?P<name>[^']+)': ").match(text, position)
            if entry is None:
                break
            position = entry.end()
            if text.startswith("'", position):
                end = text.find("'", position + 1)
                values[entry.group("name")] = text[position + 1 : end]
                position = end + 1
            else:
                try:
                    values[entry.group("name")], position = decoder.raw_decode(text, position)
                except ValueError:
                    self.warn(
                        f"python sample: the value of '{entry.group('name')}' is not read",
                        fence.line,
                        "widdershins-code-sample",
                    )
                    break
            if text.startswith(",", position):
                position += 1
        return values

    # -- parameters ----------------------------------------------------------------------------------
    def _parameter_rows(self, block: OperationBlock) -> tuple[list[Row], list[Row]]:
        if block.parameters is None:
            return [], []
        parameters = [row for row in block.parameters.rows if row.cells[1] != "body"]
        body = [row for row in block.parameters.rows if row.cells[1] == "body"]
        for row in parameters:
            if row.cells[1] not in ("path", "query", "header", "cookie"):
                raise self.error(
                    f"parameter '{row.cells[0]}' is 'in: {row.cells[1]}', which OpenAPI does not know",
                    row.line,
                    fix="the table was edited: capture the page again",
                )
        return parameters, body

    def _long_descriptions(self, block: OperationBlock) -> dict[int, str]:
        """Parameter table line → full description, from "Detailed descriptions" (in table order)."""
        found: dict[int, str] = {}
        if block.parameters is None:
            return found
        rows = list(block.parameters.rows)
        cursor = 0
        for entry in block.detailed:
            first = entry.text.split("\n")[0]
            for index in range(cursor, len(rows)):
                cell = rows[index].cells[4]
                if rows[index].cells[0] == entry.name and (cell == first or (cell == "none" and not first)):
                    # A description equal to its first line was printed because it ended with a newline.
                    found[rows[index].line] = entry.text if entry.text != first else entry.text + "\n"
                    cursor = index + 1
                    break
            else:
                self.warn(
                    f"detailed description of '{entry.name}' matches no parameter row; not placed",
                    entry.line,
                    "widdershins-unplaced",
                )
        return found

    def _parameter(self, row: Row, samples: _Samples, table: _ParameterTable) -> dict[str, Any]:
        name, where, type_text, required, description = row.cells
        parameter: dict[str, Any] = {"name": name, "in": where}
        text = table.descriptions.get(row.line, None if description == "none" else description)
        if text is not None:
            parameter["description"] = text
        if required == "true":
            parameter["required"] = True
        elif where == "path":
            self.warn(
                f"path parameter '{name}' is marked not required; OpenAPI requires path parameters",
                row.line,
                "widdershins-path-parameter",
            )
            parameter["required"] = True
        schema = parse_type(type_text, self.file, row.line, self.diagnostics)
        complete_arrays(schema, None)
        enum = table.enums.get(row.line)
        if enum is not None:
            (schema["items"] if schema.get("type") == "array" else schema)["enum"] = enum
        parameter["schema"] = schema
        if where == "query":
            parameter.update(self._query_style(name, schema, required == "true", samples))
        shown = (
            samples.headers.get(name)
            if where == "header"
            else samples.query.get(name)
            if where == "query" and required == "true"
            else None
        )
        if shown is not None:
            value = _typed(shown, schema)
            if value != _sample_default(schema):
                parameter["example"] = value
        return parameter

    def _query_style(self, name: str, schema: Mapping[str, Any], required: bool, samples: _Samples) -> dict[str, Any]:
        """How a query array or object is serialised, as far as the page tells.

        Widdershins writes `{?name*}` into the sample URL only for `explode: true`, and only required
        parameters reach the URL. Arrays otherwise keep the comma-separated form Swagger 2.0 defaults to
        (swagger2openapi turns its `csv` into `style: form, explode: false`), which is the form Simpro
        documents for `columns` and `orderby`.
        """
        kind = schema.get("type")
        if kind not in ("array", "object"):
            return {}
        shown = required and samples.query_string != ""
        exploded = shown and not any(part.startswith(f"{name}=") for part in samples.query_string.split("&"))
        if kind == "object" and not shown:
            return {}
        return {"style": "form", "explode": bool(exploded)}

    def _parameter_enums(self, block: OperationBlock) -> dict[int, list[Any]]:
        """Parameter table line → enum, for parameters and body rows alike (parameters.def order)."""
        if block.parameters is None or block.parameter_enums is None:
            return {}
        raw_rows = block.parameters.rows
        rows = [self._schema_row(row, parameters=True) for row in raw_rows]
        # Body rows get their example value, which tells apart rows that share a name.
        body_rows = [row for row, raw in zip(rows, raw_rows, strict=True) if raw.cells[1] == "body"]
        example = self._body_example(block)
        if example is not None:
            for body in nest(body_rows, self.file, [], base_level=-1, root=True):
                body.example, body.has_example = example, True
                attach_examples(body.children, _first(example) if isinstance(example, list) else example)
        for row in rows:
            row.enum_on_items = row.is_array  # parameters.def lists items' enums under the array
        assign_enums(
            rows,
            self._enum_entries(block.parameter_enums),
            names=[raw.cells[0] for raw in raw_rows],
            eligible=[True] * len(rows),
            file=self.file,
            diagnostics=self.diagnostics,
        )
        return {raw.line: row.enum for row, raw in zip(rows, raw_rows, strict=True) if row.enum is not None}

    def _enum_entries(self, table: Table | None) -> list[EnumEntry]:
        if table is None:
            return []
        return [EnumEntry(row.cells[0], row.cells[1], row.line) for row in table.rows]

    def _schema_row(self, row: Row, *, parameters: bool) -> SchemaRow:
        """A row of the parameters table (Name|In|Type|Required|Description: parameters and body rows) or
        of a schema table (Name|Type|Required|Restrictions|Description)."""
        if parameters:
            name, _, type_text, required, description = row.cells
            restrictions = "none"
        else:
            name, type_text, required, restrictions, description = row.cells[:5]
        level, bare = split_name(name)
        if parameters and level == 0:
            bare = name  # a parameter, or the body parameter itself
        text = None if description == "none" else description
        return SchemaRow(level, bare, type_text, required == "true", restrictions, text, row.line)

    # -- request body --------------------------------------------------------------------------------
    def _body_example(self, block: OperationBlock) -> Any:
        for fence in block.body_examples:
            if fence.lang == "json":
                return fence.json(self.file)
        return None

    def _body(
        self, block: OperationBlock, rows: list[Row], samples: _Samples, table: _ParameterTable
    ) -> dict[str, Any] | None:
        example = self._body_example(block)
        if not rows:
            if block.body_examples or samples.content_type:
                line = block.body_line or block.method_line
                self.warn(
                    "the operation shows a request body but its parameters table has no 'body' row; "
                    "the body schema is inferred from the example",
                    line,
                    "widdershins-body",
                )
                return self._request_body(None, False, infer_schema(example, deep=True), example, block, samples)
            return None
        for fence in block.body_examples:
            if fence.lang != "json":
                self.warn(
                    f"```{fence.lang} body example not read (only JSON bodies are)", fence.line, "widdershins-unplaced"
                )
        schema_rows = []
        for raw in rows:
            row = self._schema_row(raw, parameters=True)
            row.description = table.descriptions.get(raw.line, row.description)
            if raw.line in table.enums:
                row.enum, row.enum_on_items = table.enums[raw.line], row.is_array
            schema_rows.append(row)
        top = nest(schema_rows, self.file, self.diagnostics, base_level=-1, root=True)
        if len(top) != 1:
            raise self.error(
                "the parameters table has more than one body parameter",
                rows[0].line,
                fix="the table was edited: capture the page again",
            )
        root = top[0]
        attach_examples(root.children, _first(example) if isinstance(example, list) else example)
        self._body_combinators(root, example)
        description, root.description = root.description, None
        schema = row_schema(root, self.file, self.diagnostics)
        if "$ref" in schema and isinstance(example, list):
            schema = self._array_of_reference(schema, root.line)
        elif schema.get("type") == "array" and schema.get("items") == {"type": "object"}:
            # fakeBodyParameter lists an array body's items nowhere; the example is all there is.
            schema["items"] = self._array_body_items(example, root.line)
        elif not schema and isinstance(example, dict | list) and example:
            self.warn(
                "the body is printed as 'any' but its example is structured (a top-level oneOf, anyOf or "
                "allOf prints no rows, and its example shows one alternative); recorded as any value",
                root.line,
                "widdershins-inferred",
                fix="describe the body in an overlay",
            )
        elif schema == {"type": "object"} and isinstance(example, dict) and example:
            # fakeBodyParameter lists properties only under `type: object`; a schema that leaves the type
            # out prints as a bare `object` row, and the (generated) example is all there is.
            self.warn(
                "the body is printed as a bare 'object' but its example has properties (a schema without "
                "'type: object' prints none); their schema is inferred from the example",
                root.line,
                "widdershins-inferred",
                fix="describe the body in an overlay if the inferred schema is not enough",
            )
            schema = infer_schema(example, deep=True)
        if example is not None and schema.get("type") == "object":
            self.bodies.append((example, schema))
        return self._request_body(description, root.required, schema, example, block, samples)

    def _array_of_reference(self, schema: dict[str, Any], line: int) -> dict[str, Any]:
        """A body row prints `[Pet](#schemapet)` for a Pet body and for an array of Pets alike
        (getParameters' refName); a list example tells them apart, unless Pet is itself an array."""
        name = str(schema["$ref"]).rpartition("/")[2]
        component = next((c for c in self.page.schemas if c.name.text == name), None)
        if component is not None and component.sample is not None and component.sample.lang == "json":
            if isinstance(component.sample.json(self.file), list):
                return schema
        elif component is None:
            self.warn(
                f"the body is printed as '{name}' with a list example, and {name} is not on this page; "
                f"recorded as an array of {name}",
                line,
                "widdershins-inferred",
                fix=f"if {name} is itself an array, make the body a plain reference in an overlay",
            )
        return {"type": "array", "items": schema}

    def _array_body_items(self, example: Any, line: int) -> dict[str, Any]:
        item = example[0] if isinstance(example, list) and example else None
        for other_example, other_schema in self.bodies:
            if item is not None and other_example == item:
                return copy.deepcopy(other_schema)
        if item is None:
            return {"type": "object"}
        self.warn(
            "the items of this array body are not listed; their schema is inferred from the example "
            "(types only, no descriptions or required fields)",
            line,
            "widdershins-inferred",
            fix="describe the items in an overlay if the inferred schema is not enough",
        )
        return infer_schema(item, deep=True)

    def _body_combinators(self, root: SchemaRow, example: Any) -> None:
        """Body tables print alternatives without their oneOf/anyOf/allOf block titles.

        allOf merges every alternative into the example, oneOf/anyOf show only the first: if no single
        alternative has all of the example's properties, it was allOf; otherwise assume oneOf and say so
        (alternatives that repeat each other's properties are oneOf's too).
        """

        def visit(row: SchemaRow, value: Any) -> None:
            alternatives = [child for child in row.children if child.name == ANONYMOUS]
            if alternatives:
                own = {child.name for child in row.children if child.name != ANONYMOUS}
                keys = set(value) - own if isinstance(value, dict) else set()
                # A reference printed without its rows (Widdershins expands a component once) may hold them all.
                covered = any(
                    keys <= {c.name for c in alt.children} or (not alt.children and "](#schema" in alt.type_text)
                    for alt in alternatives
                )
                kind = "oneOf" if covered else "allOf"
                for alt in alternatives:
                    alt.combinator = kind
                if kind == "oneOf":
                    self.warn(
                        f"'{row.name}' has alternatives but body tables do not say which kind; recorded as oneOf",
                        row.line,
                        "widdershins-combinator",
                        fix="set anyOf/allOf in an overlay if the vendor meant that",
                    )
            for child in row.children:
                inner = value.get(child.name) if isinstance(value, dict) else None
                if child.is_array and isinstance(inner, list):
                    inner = inner[0] if inner else None
                visit(child, inner)

        visit(root, example[0] if isinstance(example, list) and example else example)

    def _request_body(
        self,
        description: str | None,
        required: bool,
        schema: dict[str, Any],
        example: Any,
        block: OperationBlock,
        samples: _Samples,
    ) -> dict[str, Any]:
        media: dict[str, Any] = {"schema": schema}
        if example is not None:
            entry: dict[str, Any] = {}
            if block.body_description:
                entry["description"] = block.body_description.text
            entry["value"] = example
            # Widdershins shows requestBody `examples`, never `example`, in place of a sampled body.
            media["examples"] = {"example": entry}
        body: dict[str, Any] = {}
        if description is not None:
            body["description"] = description
        if required:
            body["required"] = True
        body["content"] = {samples.content_type or DEFAULT_MEDIA_TYPE: media}
        return body

    # -- responses -----------------------------------------------------------------------------------
    def _responses(self, block: OperationBlock, samples: _Samples) -> dict[str, Any]:
        assert block.responses is not None
        examples = self._response_examples(block)
        sections = {section.status: section for section in block.response_schemas}
        headers = self._response_headers(block)
        media_type = samples.accept or DEFAULT_MEDIA_TYPE
        responses: dict[str, Any] = {}
        with_example: str | None = None  # the first response given an explicit example
        for row in block.responses.rows:
            status, _meaning, description, schema_cell = row.cells
            if status in responses:
                raise self.error(
                    f"status {status} is listed twice", row.line, fix="the table was edited: capture the page again"
                )
            response: dict[str, Any] = {"description": "" if description == "none" else description}
            if status in headers:
                response["headers"] = headers.pop(status)
            if schema_cell != "None":
                shown = examples.pop(status, None)
                example = shown.values[0] if shown else None
                schema = self._response_schema(
                    status, schema_cell, sections.pop(status, None), example, shown is not None, row
                )
                media: dict[str, Any] = {"schema": schema}
                if shown is not None and shown.named:
                    media.update(shown.media())
                elif shown is not None:
                    media["example"] = example
                    with_example = with_example or status
                elif with_example:
                    # Widdershins samples only the first JSON response, so this one shows no example. An
                    # explicit `example` on the first would make it sample this one too: the first keeps
                    # its example on its schema instead, where Widdershins also finds it.
                    first = responses[with_example]["content"][media_type]
                    first["schema"] = {**first["schema"], "example": first.pop("example")}
                    with_example = ""
                response["content"] = {media_type: media}
            elif status in examples:
                # Content with an example and no schema: the Schema cell says None, the example is shown.
                response["content"] = {media_type: examples.pop(status).media()}
            responses[status] = response
        for status, unplaced in examples.items():
            self.warn(
                f"example for status {status} matches no response with a schema; not placed",
                unplaced.line,
                "widdershins-unplaced",
            )
        for status, section in sections.items():
            self.warn(
                f"schema for status {status} matches no response with content; not placed",
                section.line,
                "widdershins-unplaced",
            )
        for status in headers:
            line = block.response_headers.line if block.response_headers else block.method_line
            self.warn(
                f"response headers for status {status} match no response; not placed", line, "widdershins-unplaced"
            )
        return responses

    def _response_examples(self, block: OperationBlock) -> dict[str, _Example]:
        """Status → the example(s) shown in "> Example responses" (see `_example_status`)."""
        found: dict[str, _Example] = {}
        for group in block.example_groups:
            placed = self._example_status(group, block)
            if placed is None:
                self.warn(
                    f"example '{group.heading}' names no response status or description; not placed",
                    group.line,
                    "widdershins-unplaced",
                )
                continue
            status, named = placed
            for fence in group.fences:
                if fence.lang != "json":
                    self.warn(
                        f"```{fence.lang} example not read (only JSON examples are)", fence.line, "widdershins-unplaced"
                    )
                elif status not in found:
                    found[status] = _Example([fence.json(self.file)], fence.line, named)
                elif named and found[status].named:
                    found[status].values.append(fence.json(self.file))  # a response's `examples`, one by one
                else:
                    self.warn(
                        f"a second JSON example for status {status}; not placed", fence.line, "widdershins-unplaced"
                    )
        return found

    def _example_status(self, group: ExampleGroup, block: OperationBlock) -> tuple[str, bool] | None:
        """(status, named) for an example group: "> 200 Response" is an `example` (or a sampled schema);
        a named `examples` entry is headed by its description, or else by its response's description
        (getResponseExamples), which finds the status when one response has it."""
        match = re.fullmatch(r"(?P<status>\S+) Response", group.heading)
        assert block.responses is not None
        statuses = [row.cells[0] for row in block.responses.rows]
        if match and match.group("status") in statuses:
            return match.group("status"), False
        described = [row.cells[0] for row in block.responses.rows if row.cells[2] == group.heading]
        if len(described) == 1:
            return described[0], True
        return None

    def _response_schema(
        self, status: str, cell: str, section: ResponseSchema | None, example: Any, has_example: bool, row: Row
    ) -> dict[str, Any]:
        if cell in _PRIMITIVE_SCHEMA_CELLS:
            return {"type": cell}
        if cell != "Inline":
            schema = parse_type(cell, self.file, row.line, self.diagnostics)
            if "$ref" not in schema:
                self.warn(f"schema cell '{cell}' is not one Widdershins prints", row.line, "widdershins-type")
            return schema
        if section is None:
            # Nothing printed: a top-level oneOf/anyOf, an object without properties or an array of
            # primitives. Properties inferred from the example would print rows the page does not have.
            if not has_example:
                self.warn(
                    f"response {status} shows neither a schema table nor an example (an object without "
                    "properties, an array of scalars and a top-level oneOf/anyOf all print nothing); "
                    "recorded as any value",
                    row.line,
                    "widdershins-inferred",
                    fix="describe the schema in an overlay",
                )
                return {}
            schema = infer_schema(example, deep=False)
            if example not in ({}, []) and not _is_primitive_array(example):
                self.warn(
                    f"the schema of response {status} is not printed; recorded as "
                    f"'{schema.get('type', 'any')}' from the example",
                    row.line,
                    "widdershins-inferred",
                    fix="describe the schema in an overlay",
                )
            return schema
        return self._table_schema(section, example, has_example, status)

    def _table_schema(self, section: ResponseSchema, example: Any, has_example: bool, status: str) -> dict[str, Any]:
        first = section.blocks[0].title if section.blocks else None
        # schemaToArray: block 0 is titled by the schema's title/description, the others by a keyword
        titled = [(block.title if index else None, block.table) for index, block in enumerate(section.blocks)]
        description = first.text if first is not None else None
        rows = section.blocks[0].table.rows if section.blocks else ()
        if rows and split_name(rows[0].cells[0]) == (0, ANONYMOUS):
            return self._whole_schema_row(titled, description, example if has_example else None)
        top = self._block_rows(titled)
        is_array = has_example and isinstance(example, list)
        if not has_example and top:
            self.warn(
                f"response {status} shows no example, so whether it is an object or an array of "
                "objects is unknown; recorded as an object",
                section.line,
                "widdershins-inferred",
            )
        attach_examples(top, (example[0] if example else None) if is_array else example)
        self._assign_row_enums(top, section.enums)
        target: dict[str, Any] = {"type": "object"}
        fill_children(target, top, self.file, self.diagnostics)
        described = {"description": description} if description is not None else {}
        if is_array:
            return {"type": "array", **described, "items": target}
        return {"type": "object", **described, **{key: value for key, value in target.items() if key != "type"}}

    def _whole_schema_row(
        self, titled: list[tuple[Text | None, Table]], description: str | None, example: Any
    ) -> dict[str, Any]:
        """An unprefixed `*anonymous*` first row is the response schema itself: schemaToArray forces in a
        top-level array of references (`[[Pet](#schemapet)]`), which needs no example to be known. Its
        Description cell is the array's, or the items' in brackets; block 0's title is the array's."""
        top = self._block_rows(titled, base_level=-1, root=True)
        if len(top) > 1:
            self.warn("rows after the response's own row are not read", top[1].line, "widdershins-unplaced")
        row = top[0]
        row.description = None
        row.example, row.has_example = example, example is not None
        schema = row_schema(row, self.file, self.diagnostics)
        if description is not None:
            schema = {**schema, "description": description}
        return schema

    def _block_rows(
        self, blocks: list[tuple[Text | None, Table]], base_level: int = 0, *, root: bool = False
    ) -> list[SchemaRow]:
        """The rows of a schema's blocks, nested, alternatives marked with the keyword of their block."""
        rows: list[SchemaRow] = []
        kind: str | None = None
        for title, table in blocks:
            if title is not None:
                keyword = title.text.split(" - discriminator: ")[0]
                if keyword == CONTINUED:
                    kind = None
                elif keyword in COMBINATOR_TITLES:
                    kind = COMBINATOR_TITLES[keyword]
                    if " - discriminator: " in title.text:
                        self.warn("discriminators are not read", title.line, "widdershins-discriminator")
                else:
                    self.warn(f"schema block title '*{title.text}*' not understood", title.line, "widdershins-unplaced")
            for raw in table.rows:
                row = self._schema_row(raw, parameters=False)
                if row.description is not None:
                    row.description = row.description.replace("<br>", "\n")  # schemaToArray's join option
                if row.name == ANONYMOUS:
                    row.combinator = kind
                rows.append(row)
        return nest(rows, self.file, self.diagnostics, base_level=base_level, root=root)

    def _assign_row_enums(self, top: list[SchemaRow], enums: Table | None) -> None:
        all_rows = flatten(top)
        assign_enums(
            all_rows,
            self._enum_entries(enums),
            names=[row.name for row in all_rows],
            eligible=[not row.is_array for row in all_rows],
            file=self.file,
            diagnostics=self.diagnostics,
        )

    # -- components ----------------------------------------------------------------------------------
    def _component(self, component: ComponentSchema) -> dict[str, Any]:
        """A schema of the `# Schemas` section, the vendor's own component, under its own name.

        Without rows the printed sample is all there is (`null` for `{}`, `{}` for a bare object, a list
        for an array); a lone *anonymous* row is the schema itself (a primitive or an array); otherwise
        the rows are the properties and alternatives of an object.
        """
        sample = component.sample.json(self.file) if component.sample and component.sample.lang == "json" else None
        # main.dot prints a component's properties unprefixed (schemaToArray from depth -1)
        top = self._block_rows([(block.title, block.table) for block in component.blocks], base_level=-1)
        attach_examples(top, sample)
        self._assign_row_enums(top, component.enums)
        schema: dict[str, Any]
        if not top:
            schema = {} if sample is None else infer_schema(sample, deep=False)
            if isinstance(sample, list) and sample and sample[0] is None:
                schema["items"] = {}
        elif len(top) == 1 and top[0].name == ANONYMOUS and top[0].combinator is None:
            schema = row_schema(top[0], self.file, self.diagnostics)
            schema.pop("description", None)
        else:
            schema = {"type": "object"} if any(row.name != ANONYMOUS for row in top) else {}
            fill_children(schema, top, self.file, self.diagnostics)
        if component.description is not None:
            schema["description"] = component.description.text
        return schema

    def _response_headers(self, block: OperationBlock) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        if block.response_headers is None:
            return found
        for row in block.response_headers.rows:
            status, name, type_text, format_text, description = row.cells
            schema: dict[str, Any] = {} if type_text == "undefined" else {"type": type_text}
            if format_text:
                schema["format"] = format_text
            header: dict[str, Any] = {}
            if description != "none":
                header["description"] = description
            header["schema"] = schema
            found.setdefault(status, {})[name] = header
        return found

    # -- security ------------------------------------------------------------------------------------
    def _name_unnamed_schemes(self) -> None:
        """Name the HTTP and OAuth 2 schemes (security.def prints no name for them; see `security`)."""
        naming = name_schemes(self.page.security_schemes, self.page.unnamed_schemes, self.security_uses)
        for name, scheme in naming.unused:
            self.diagnostics.append(
                Diagnostic(
                    Level.INFO,
                    f"the {scheme.get('scheme') or scheme['type']} scheme is used by no operation; named '{name}'",
                    file=str(self.file),
                    place="Authentication",
                    code="widdershins-security",
                )
            )
        for name in naming.guessed:
            self.warn(
                f"security.def prints no names for HTTP and OAuth 2 schemes: '{name}' was matched to the "
                f"{naming.schemes[name].get('scheme') or naming.schemes[name]['type']} scheme by the order "
                "operations use the names",
                self.page.authentication_line,
                "widdershins-security",
                fix="check the scheme under this name; fix it in an overlay if it is another's",
            )
        self.page.security_schemes.update(naming.schemes)
        self.undefined_schemes = naming.undefined

    def warn_undefined_schemes(self, known_schemes: set[str]) -> None:
        """Schemes this page uses and no earlier page (`known_schemes`) defines."""
        for name, line in self.undefined_schemes:
            if name in known_schemes:
                continue
            self.warn(
                f"security scheme '{name}' is not defined in this page (security.def prints API key, HTTP and "
                "OAuth 2 schemes only); it comes from the page with the Authentication section, or from an overlay",
                line,
                "widdershins-security",
            )

    def _security(self, block: OperationBlock) -> list[dict[str, list[str]]] | None:
        """authentication.def's note; None for "does not require authentication"."""
        if block.auth is None:
            return None
        found, uses = requirements(block.auth.text, block.auth.line)
        self.security_uses.extend(uses)
        return found


def _drop_echoed_descriptions(node: Any, schemas: Mapping[str, Any]) -> None:
    """A row typed `[Name](#schemaname)` prints the component's own description; it is not the row's."""
    if isinstance(node, list):
        for item in node:
            _drop_echoed_descriptions(item, schemas)
        return
    if not isinstance(node, dict):
        return
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/") and "description" in node:
        target = schemas.get(ref.removeprefix("#/components/schemas/"))
        if isinstance(target, dict) and target.get("description") == node["description"]:
            del node["description"]
    for value in node.values():
        _drop_echoed_descriptions(value, schemas)


def _is_primitive_array(value: Any) -> bool:
    return isinstance(value, list) and all(not isinstance(item, dict | list) for item in value)


def _typed(shown: Any, schema: Mapping[str, Any]) -> Any:
    """Code samples quote scalar examples ('3'); give the value the parameter's type back."""
    if not isinstance(shown, str):
        return shown
    kind = schema.get("type")
    if kind == "integer" and re.fullmatch(r"-?\d+", shown):
        return int(shown)
    if kind == "number" and re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", shown):
        return float(shown) if re.search(r"[.eE]", shown) else int(shown)
    if kind == "boolean" and shown in ("true", "false"):
        return shown == "true"
    return shown


# openapi-sampler's values for a parameter with no example (what the code samples show by default)
_FORMAT_SAMPLES = {
    "date": "2019-08-24",
    "date-time": "2019-08-24T14:15:22Z",
    "email": "user@example.com",
    "uuid": "095be615-a8ad-4c33-8e9c-c7612fbf6c9f",
    "password": "pa$$word",
    "uri": "http://example.com",
    "hostname": "example.com",
    "ipv4": "192.168.0.1",
    "ipv6": "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
    "byte": "U3dhZ2dlciByb2Nrcw==",
}


def _sample_default(schema: Mapping[str, Any]) -> Any:
    if "enum" in schema:
        return str(schema["enum"][0]) if isinstance(schema["enum"][0], str) else schema["enum"][0]
    kind = schema.get("type")
    if kind == "string":
        return _FORMAT_SAMPLES.get(str(schema.get("format")), "string")
    if kind in ("integer", "number"):
        return 0.1 if kind == "number" and schema.get("format") in ("float", "double") else 0
    if kind == "boolean":
        return True
    if kind == "array":
        return [_sample_default(schema.get("items", {}))]
    return None


def _first(values: list[Any]) -> Any:
    return values[0] if values else None
