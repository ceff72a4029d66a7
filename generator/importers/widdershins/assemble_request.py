"""The request: parameters and body, both read from the parameters table (Swagger 2.0's body is a row
`in: body` of it), its "Detailed descriptions" and "Enumerated Values", the body example and the code
samples. Parameters get their types, `required`, enums, query serialisation and the examples the samples
show; the body its schema (inferred from the example where the table lists nothing) and its example."""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.importers.widdershins.assemble_samples import DEFAULT_MEDIA_TYPE, Samples
from generator.importers.widdershins.assemble_tables import SchemaTables
from generator.importers.widdershins.outline import OperationBlock, Row
from generator.importers.widdershins.schema import (
    ANONYMOUS,
    SchemaRow,
    assign_enums,
    attach_examples,
    complete_arrays,
    infer_schema,
    nest,
    parse_type,
    row_schema,
)


@dataclass(frozen=True)
class ParameterTable:
    """What the parameters table says beyond its rows, by row line: full descriptions and enums."""

    descriptions: dict[int, str]
    enums: dict[int, list[Any]]


class Requests(SchemaTables):
    """Builder layer: an operation's parameters and request body."""

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

    def _parameter(self, row: Row, samples: Samples, table: ParameterTable) -> dict[str, Any]:
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

    def _query_style(self, name: str, schema: Mapping[str, Any], required: bool, samples: Samples) -> dict[str, Any]:
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

    # -- request body --------------------------------------------------------------------------------
    def _body_example(self, block: OperationBlock) -> Any:
        for fence in block.body_examples:
            if fence.lang == "json":
                return fence.json(self.file)
        return None

    def _body(
        self, block: OperationBlock, rows: list[Row], samples: Samples, table: ParameterTable
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
        samples: Samples,
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
