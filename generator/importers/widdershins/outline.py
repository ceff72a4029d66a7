"""The outline `markdown` reads a Widdershins page into: tables, fences, texts, operation blocks, tag
sections, components and the page, each part keeping its 1-based line number (no OpenAPI yet)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import SpecFoundryError


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    line: int


@dataclass(frozen=True)
class Fence:
    lang: str
    text: str  # without the trailing newline Widdershins adds before the closing fence
    line: int  # line of the opening fence

    def json(self, file: Path) -> Any:
        try:
            return json.loads(self.text)
        except json.JSONDecodeError as error:
            raise SpecFoundryError(
                f"the ```{self.lang} block opened here is not valid JSON ({error.msg}, line "
                f"{self.line + error.lineno})",
                file=file,
                place=str(self.line),
                fix="Widdershins always prints valid JSON: the block was cut or edited; capture the page again",
            ) from error


@dataclass(frozen=True)
class Text:
    text: str
    line: int


@dataclass(frozen=True)
class ExampleGroup:
    """One "> 200 Response" (or "> <example description>") line and the fences under it."""

    heading: str
    line: int
    fences: tuple[Fence, ...]


@dataclass(frozen=True)
class SchemaBlock:
    """One table of a response schema; `title` is "*…*" above it (a description, or oneOf/xor/continued…)."""

    title: Text | None
    table: Table


@dataclass(frozen=True)
class ResponseSchema:
    status: str
    line: int
    blocks: tuple[SchemaBlock, ...]
    enums: Table | None


@dataclass(frozen=True)
class DetailedDescription:
    name: str
    text: str
    line: int


@dataclass
class CallbackExpression:
    """`**{$request.query.callbackUrl}/data**` and the operations rendered under it (one per method)."""

    text: Text
    operations: list[OperationBlock] = field(default_factory=list)


@dataclass
class CallbackBlock:
    """`#### onData` under `### Callbacks`: one named callback of an operation."""

    name: Text
    expressions: list[CallbackExpression] = field(default_factory=list)


@dataclass
class OperationBlock:
    heading: Text
    operation_id: str | None = None
    code_samples: list[Fence] = field(default_factory=list)
    method: str = ""
    path: str = ""
    method_line: int = 0
    summary: Text | None = None
    description: Text | None = None
    body_description: Text | None = None
    body_examples: list[Fence] = field(default_factory=list)
    body_line: int = 0
    parameters: Table | None = None
    detailed: list[DetailedDescription] = field(default_factory=list)
    parameter_enums: Table | None = None
    example_groups: list[ExampleGroup] = field(default_factory=list)
    responses: Table | None = None
    response_schemas: list[ResponseSchema] = field(default_factory=list)
    response_headers: Table | None = None
    callbacks: list[CallbackBlock] = field(default_factory=list)
    callbacks_line: int = 0  # of "### Callbacks"
    auth: Text | None = None  # None: "does not require authentication"; else the list of methods


@dataclass(frozen=True)
class ComponentSchema:
    """One schema of the `# Schemas` section (main.dot): the vendor's own named component."""

    name: Text
    sample: Fence | None  # the example Widdershins generated (or the vendor's)
    description: Text | None  # block 0's title: the schema's description
    blocks: tuple[SchemaBlock, ...]  # titles here are the later blocks' keywords (allOf, and, continued…)
    enums: Table | None


@dataclass
class TagSection:
    name: Text
    description: Text | None = None
    external_docs: tuple[str, str] | None = None  # (url, link text)
    operations: list[OperationBlock] = field(default_factory=list)


@dataclass
class Page:
    front_matter: dict[str, Any] | None = None
    generator_version: str | None = None
    title: Text | None = None  # "Simpro Rest API v1.0", from the title heading or the front matter
    info_description: Text | None = None
    info_extras: dict[str, Any] = field(default_factory=dict)  # termsOfService, contact, license
    servers: list[dict[str, Any]] = field(default_factory=list)  # {url, variables?}; descriptions are not printed
    security_schemes: dict[str, dict[str, Any]] = field(default_factory=dict)
    # security.def prints no name for HTTP schemes: the operations' notes name them (assemble.py)
    unnamed_schemes: list[dict[str, Any]] = field(default_factory=list)
    authentication_line: int = 0  # of "# Authentication"
    tags: list[TagSection] = field(default_factory=list)
    schemas: list[ComponentSchema] = field(default_factory=list)
