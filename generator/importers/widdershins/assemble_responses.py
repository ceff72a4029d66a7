"""The responses: the responses table, "> Example responses" placed by status, the response schema
tables (or, where none is printed, the schema inferred from the example), and the response headers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.importers.widdershins.assemble_samples import DEFAULT_MEDIA_TYPE, Samples
from generator.importers.widdershins.assemble_tables import SchemaTables
from generator.importers.widdershins.outline import ExampleGroup, OperationBlock, ResponseSchema, Row, Table, Text
from generator.importers.widdershins.schema import (
    ANONYMOUS,
    attach_examples,
    fill_children,
    infer_schema,
    parse_type,
    row_schema,
    split_name,
)

_PRIMITIVE_SCHEMA_CELLS = ("string", "integer", "number", "boolean")


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


class Responses(SchemaTables):
    """Builder layer: an operation's responses."""

    def _responses(self, block: OperationBlock, samples: Samples) -> dict[str, Any]:
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


def _is_primitive_array(value: Any) -> bool:
    return isinstance(value, list) and all(not isinstance(item, dict | list) for item in value)
