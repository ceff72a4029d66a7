"""Widdershins v4.0.1 markdown → a line-located outline of the page (no OpenAPI yet).

This module only knows the layout Widdershins' `openapi3` templates print (main.dot, operation.dot,
parameters.def, responses.def, authentication*.def); `assemble` turns the outline into OpenAPI.
Everything it reads keeps its 1-based line number so later stages can point at the source.

Layout of one operation, in template order (every part but the heading, method line, responses and the
closing aside is optional):

    ## <operationId>                       <a id="opId<operationId>"></a>
    > Code samples + one fence per language
    `METHOD /path`                         *summary*                description
    > Body parameter [+ "> description"] + example fences
    <h3 id="…-parameters">   table, "#### Detailed descriptions", "#### Enumerated Values"
    > Example responses + ("> 200 Response" + fences)…
    <h3 id="…-responses">    table
    <h3 id="…-responseschema"> + ("Status Code **200**" + schema blocks + enumerated values)…
    ### Response Headers + table
    ### Callbacks + ("#### <name>" + ("**<expression>**" + a whole operation as above)…)…
    <aside class="success|warning"> … </aside>

callbacks.def renders each callback operation with operation.dot itself, so it repeats the parent's
`## <name>` heading and its `METHOD /path` line (only `data.operation` changes, not `data.method`): the
callback's own method is not on the page. Its own operationId anchor, summary, description, body,
parameters, responses and authentication note are. Only an operation's first callback is printed in
full: the template looks the next one up on the callback operation it has just rendered, so later
callbacks are a bare `#### <name>` (`assemble` says so).

Unreadable input (a table row cut short, a fence never closed, an operation without its method line)
raises `SpecFoundryError`; a line that fits no part of the layout becomes a warning with its line number.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import Diagnostic, Level, SpecFoundryError
from generator.yamlio import load_yaml

HTTP_METHODS = ("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE")

_H1_MARKDOWN = re.compile(r"^# (?P<text>.+)$")
_H1_HTML = re.compile(r'^<h1 id="(?P<id>[^"]*)">(?P<text>.*)</h1>$')
_H2 = re.compile(r"^## (?P<text>.+)$")
_OP_ANCHOR = re.compile(r'^<a id="opId(?P<id>.*)"></a>$')
# Widdershins renders every key of a path item as an operation: path-level `servers` becomes `SERVERS /path`.
PATH_SERVERS = "SERVERS"
_METHOD_LINE = re.compile(r"^`(?P<method>" + "|".join((*HTTP_METHODS, PATH_SERVERS)) + r") (?P<path>[^`]+)`$")
_SUMMARY = re.compile(r"^\*(?P<text>[^*].*?)\*$")
_H3 = re.compile(r'^<h3 id="(?P<slug>.*)-(?P<kind>parameters|responses|responseschema)">(?P<title>[^<]*)</h3>$')
_STATUS_CODE = re.compile(r"^Status Code \*\*(?P<status>.+)\*\*$")
_BLOCK_TITLE = re.compile(r"^\*(?P<text>.+)\*$", re.DOTALL)
_EXTERNAL_DOCS = re.compile(r'^<a href="(?P<url>[^"]*)">(?P<text>.*)</a>$')
_GENERATOR = re.compile(r"^<!-- Generator: Widdershins v(?P<version>\S+) -->")
_FENCE_OPEN = re.compile(r"^```(?P<lang>\S*)$")
_DETAILED_ENTRY = re.compile(r"^\*\*(?P<name>.+?)\*\*: (?P<text>.*)$")
_SCROLL_DOWN = "> Scroll down for "

CODE_SAMPLES = "> Code samples"
BODY_PARAMETER = "> Body parameter"
EXAMPLE_RESPONSES = "> Example responses"
DETAILED_DESCRIPTIONS = "#### Detailed descriptions"
ENUMERATED_VALUES = "#### Enumerated Values"
RESPONSE_HEADERS = "### Response Headers"
CALLBACKS = "### Callbacks"
NO_AUTH_TEXT = "This operation does not require authentication"
AUTH_TEXT = "To perform this operation, you must be authenticated by means of one of the following methods:"


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


class Reader:
    """A cursor over the page's lines that knows the constructs Widdershins prints."""

    def __init__(self, text: str, file: Path, diagnostics: list[Diagnostic]) -> None:
        self.lines = text.split("\n")
        self.file = file
        self.diagnostics = diagnostics
        self.pos = 0

    # -- positions and messages -------------------------------------------------------------------------
    @property
    def line(self) -> int:
        return self.pos + 1

    def at_end(self) -> bool:
        return self.pos >= len(self.lines)

    def peek(self) -> str:
        return self.lines[self.pos] if self.pos < len(self.lines) else ""

    def take(self) -> str:
        text = self.peek()
        self.pos += 1
        return text

    def skip_blank(self) -> None:
        while not self.at_end() and not self.peek().strip():
            self.pos += 1

    def error(self, message: str, line: int, fix: str) -> SpecFoundryError:
        return SpecFoundryError(message, file=self.file, place=str(line), fix=fix)

    def warn(self, message: str, line: int, code: str, fix: str | None = None) -> None:
        self.diagnostics.append(
            Diagnostic(Level.WARNING, message, file=str(self.file), place=str(line), fix=fix, code=code)
        )

    def unplaced(self, line_text: str, line: int, where: str) -> None:
        shown = line_text if len(line_text) <= 80 else line_text[:77] + "..."
        self.warn(
            f"line not placed ({where}): {shown!r}",
            line,
            "widdershins-unplaced",
            fix="check the line is Widdershins output; if the vendor added it, carry it in an overlay",
        )

    # -- constructs ------------------------------------------------------------------------------------
    def fence(self) -> Fence:
        """The fenced block starting at the cursor."""
        start = self.line
        match = _FENCE_OPEN.match(self.take())
        assert match is not None
        body: list[str] = []
        while not self.at_end():
            text = self.take()
            if text == "```":
                if body and body[-1] == "":  # generateCodeSnippet ends every sample with "\n```"
                    body.pop()
                return Fence(match.group("lang"), "\n".join(body), start)
            body.append(text)
        raise self.error(
            f"the ```{match.group('lang')} block opened here is never closed",
            start,
            fix="the file looks truncated: capture the page again",
        )

    def fences(self) -> list[Fence]:
        found: list[Fence] = []
        while True:
            self.skip_blank()
            if self.at_end() or not _FENCE_OPEN.match(self.peek()) or self.peek() == "```":
                return found
            found.append(self.fence())

    def table(self, what: str, columns: int, free: int = -1) -> Table:
        """A pipe table with at least `columns` cells per row.

        Widdershins escapes nothing in the free-text column (`free`: the descriptions; the last column
        except in the responses table): a `|` there makes extra cells, which join back into it, and a
        newline continues the row on the next lines (blank ones too) up to the one closing it with `|`.
        A row with fewer cells, or one never closed, was cut.
        """
        start = self.line
        header = _cells(self.take())
        if len(header) < columns:
            raise self.error(
                f"the {what} table header has {len(header)} columns, expected {columns}",
                start,
                fix="the table was edited or cut: capture the page again",
            )
        separator = self.take()
        if not re.fullmatch(r"\|(?:---\|)+", separator):
            raise self.error(
                f"the {what} table has no |---| line under its header",
                start + 1,
                fix="the table was edited or cut: capture the page again",
            )
        rows: list[Row] = []
        while not self.at_end() and self.peek().startswith("|"):
            line = self.line
            text = self.take()
            if not text.endswith("|"):
                text = self._continued_row(text, len(header))
            if not text.endswith("|"):
                raise self.error(
                    f"this {what} table row is not closed by '|'",
                    line,
                    fix="the file looks truncated or the table was edited: capture the page again",
                )
            cells = _cells(text)
            if len(cells) < len(header):
                raise self.error(
                    f"this {what} table row has {len(cells)} cells, the header has {len(header)}",
                    line,
                    fix="the table was edited or cut: capture the page again",
                )
            if len(cells) > len(header):
                at = free % len(header)
                extra = len(cells) - len(header)
                cells = [*cells[:at], "|".join(cells[at : at + extra + 1]), *cells[at + extra + 1 :]]
            rows.append(Row(tuple(cells), line))
        return Table(tuple(header), tuple(rows), start)

    def _continued_row(self, text: str, columns: int) -> str:
        """A row whose free text holds newlines: the lines up to the one ending with `|`. Stops (leaving
        the row unclosed) at the end of the page, at a line that is a row of its own, or at a part of
        the page Widdershins prints after a table."""
        lines = [text]
        index = self.pos
        while index < len(self.lines):
            current = self.lines[index]
            if (current.startswith("|") and len(_cells(current)) >= columns) or _ends_table_row(current):
                return text
            lines.append(current)
            index += 1
            if current.endswith("|"):
                self.pos = index
                return "\n".join(lines)
        return text

    def paragraphs_until(self, stop: Any) -> Text | None:
        """Free text (a description) up to the first line for which `stop(line)` is true, outside fences."""
        self.skip_blank()
        start = self.line
        collected: list[str] = []
        in_fence = False
        while not self.at_end():
            text = self.peek()
            if not in_fence and stop(text):
                break
            if text.startswith("```"):
                in_fence = not in_fence
            collected.append(self.take())
        while collected and not collected[-1].strip():
            collected.pop()
        return Text("\n".join(collected), start) if collected else None


def _ends_table_row(text: str) -> bool:
    """Lines no table cell spans: what Widdershins prints after a table, and the starts of pages."""
    return (
        _H3.match(text) is not None
        or text.startswith("<aside class=")
        or _H2.match(text) is not None
        or heading_text(text) is not None
        or _STATUS_CODE.match(text) is not None
        or text in (ENUMERATED_VALUES, RESPONSE_HEADERS, CALLBACKS, EXAMPLE_RESPONSES)
    )


def _cells(text: str) -> list[str]:
    inner = text[1:-1] if text.endswith("|") else text[1:]
    return inner.split("|")


def heading_text(line: str) -> str | None:
    """The text of an h1 in either form Widdershins output takes (`# X` after splitting, `<h1 id>`)."""
    match = _H1_HTML.match(line) or _H1_MARKDOWN.match(line)
    return match.group("text") if match else None


def read_page(text: str, file: Path, diagnostics: list[Diagnostic]) -> Page:
    reader = Reader(text, file, diagnostics)
    page = Page()
    if reader.peek() == "---":
        page.front_matter = _front_matter(reader)
    while not reader.at_end():
        reader.skip_blank()
        if reader.at_end():
            break
        line = reader.line
        current = reader.peek()
        generator = _GENERATOR.match(current)
        title = heading_text(current)
        if generator:
            page.generator_version = generator.group("version")
            if page.generator_version != "4.0.1":
                reader.warn(
                    f"rendered by Widdershins v{page.generator_version}; this importer reads v4.0.1",
                    line,
                    "widdershins-version",
                )
            rest = current[generator.end() :]
            reader.take()
            if rest.strip():
                reader.lines.insert(reader.pos, rest)  # the split sections glue the next heading on
        elif title is not None and _is_title_heading(reader):
            reader.take()
            page.title = Text(title, line)
            _title_section(reader, page)
        elif title == "Authentication":
            page.authentication_line = line
            reader.take()
            _authentication_section(reader, page)
        elif title == "Schemas" and not _is_operation_heading(reader):
            reader.take()
            _schemas_section(reader, page)
        elif title is not None:
            reader.take()
            page.tags.append(_tag_section(reader, Text(title, line)))
        elif _H2.match(current):
            if not page.tags:
                page.tags.append(TagSection(Text("Default", line)))
            page.tags[-1].operations.append(_operation(reader))
        else:
            reader.unplaced(reader.take(), line, "outside any operation")
    if page.title is None and page.front_matter and isinstance(page.front_matter.get("title"), str):
        page.title = Text(page.front_matter["title"], 2)
    return page


def vendor_schema_names(text: str) -> set[str]:
    """The names of the components a page lists in its `# Schemas` section (read before importing, so
    that names derived on other pages avoid them)."""
    return {match.group("name") for match in _SCHEMA_HEADING_ANYWHERE.finditer(text)}


def _is_operation_heading(reader: Reader) -> bool:
    """A tag named "Schemas" is followed by operations (`## `), the components section by `<h2 id="tocS_`."""
    index = reader.pos + 1
    while index < len(reader.lines) and not reader.lines[index].strip():
        index += 1
    return index < len(reader.lines) and _H2.match(reader.lines[index]) is not None


_SCHEMA_HEADING = re.compile(r'^<h2 id="tocS_(?P<id>[^"]*)">(?P<name>.*)</h2>$')
_SCHEMA_HEADING_ANYWHERE = re.compile(r'^<h2 id="tocS_[^"]*">(?P<name>.*)</h2>$', re.MULTILINE)
_SCHEMA_ANCHORS = re.compile(r'^(?:<!-- backwards compatibility -->|<a id="[^"]*"></a>)$')
PROPERTIES = "### Properties"
NO_PROPERTIES = "*None*"


def _schemas_section(reader: Reader, page: Page) -> None:
    """`# Schemas`: one `<h2 id="tocS_Name">` block per component, up to the next h1 or the end."""
    while True:
        reader.skip_blank()
        if reader.at_end() or heading_text(reader.peek()) is not None:
            return
        if _SCHEMA_HEADING.match(reader.peek()):
            page.schemas.append(_component_schema(reader))
        else:
            reader.unplaced(reader.take(), reader.line - 1, "Schemas")


def _component_schema(reader: Reader) -> ComponentSchema:
    line = reader.line
    heading = _SCHEMA_HEADING.match(reader.take())
    assert heading is not None
    name = Text(heading.group("name"), line)
    while _SCHEMA_ANCHORS.match(reader.peek()):
        reader.take()
    fences = reader.fences()
    sample = fences[0] if fences else None
    for extra in fences[1:]:
        reader.unplaced(f"```{extra.lang}", extra.line, f"schema {name.text}")
    description = reader.paragraphs_until(lambda text: text == PROPERTIES or _ends_component(text))
    if reader.peek() != PROPERTIES:
        raise reader.error(
            f"schema '{name.text}' has no '{PROPERTIES}' heading where Widdershins prints it",
            reader.line if not reader.at_end() else line,
            fix="the file looks truncated or edited: capture the page again",
        )
    reader.take()
    blocks: list[SchemaBlock] = []
    enums: Table | None = None
    title: list[str] = []
    title_line = 0
    while True:
        reader.skip_blank()
        current = reader.peek()
        if reader.at_end() or _ends_component(current):
            break
        if current == NO_PROPERTIES and not blocks:
            reader.take()
        elif current.startswith("|Name|"):
            block_title = Text("\n".join(title), title_line) if title else None
            blocks.append(SchemaBlock(block_title, reader.table("schema", 5)))
            title = []
        elif current == ENUMERATED_VALUES:
            reader.take()
            reader.skip_blank()
            enums = reader.table("property enumerated values", 2)
        else:  # a block title: the combinator keyword of the block below it
            title_line = title_line if title else reader.line
            title.append(reader.take())
    if title:
        reader.unplaced("\n".join(title), title_line, f"schema {name.text}")
    return ComponentSchema(name, sample, description, tuple(blocks), enums)


def _ends_component(text: str) -> bool:
    return _SCHEMA_HEADING.match(text) is not None or heading_text(text) is not None


def _front_matter(reader: Reader) -> dict[str, Any]:
    start = reader.line
    reader.take()
    body: list[str] = []
    while not reader.at_end() and reader.peek() != "---":
        body.append(reader.take())
    if reader.at_end():
        raise reader.error(
            "the front matter opened here is never closed by '---'",
            start,
            fix="the file looks truncated: capture the page again",
        )
    reader.take()
    loaded = load_yaml("\n".join(body) + "\n", file=str(reader.file), line_offset=start)
    if not isinstance(loaded, dict):
        raise reader.error(
            "the front matter is not a YAML mapping",
            start,
            fix="capture the page again; Widdershins writes title, language_tabs, … here",
        )
    tabs = loaded.get("language_tabs")
    expected = [{"shell": "Shell"}, {"javascript": "JavaScript"}, {"python": "Python"}]
    if tabs is not None and [dict(tab) if isinstance(tab, dict) else tab for tab in tabs] != expected:
        reader.warn(
            f"language tabs {tabs!r} differ from shell/javascript/python; code samples are not checked against them",
            start,
            "widdershins-language-tabs",
        )
    return dict(loaded)


def _is_title_heading(reader: Reader) -> bool:
    """The API title h1 is the only one followed by the "> Scroll down for code samples…" blurb."""
    index = reader.pos + 1
    while index < len(reader.lines) and not reader.lines[index].strip():
        index += 1
    return index < len(reader.lines) and reader.lines[index].startswith(_SCROLL_DOWN)


BASE_URLS = "Base URLs:"
_SERVER = re.compile(r'^\* <a href="(?P<url>[^"]*)">')
# main.dot: `    * **name** - <description> Default: <default>`, then `        * <value>` per enum value
_SERVER_VARIABLE = re.compile(r"^    \* \*\*(?P<name>[^*]+)\*\* - (?P<description>.*) Default: (?P<default>.*)$")
_SERVER_ENUM = re.compile(r"^        \* (?P<value>.*)$")
_TERMS = re.compile(r'^<a href="(?P<url>[^"]*)">Terms of service</a>$')
_CONTACT = re.compile(
    r'^(?:Email: <a href="mailto:(?P<email>[^"]*)">(?P<name>.*?)</a> )?'
    r'(?:Web: <a href="(?P<url>[^"]*)">(?P<web>.*?)</a> )?$'
)
_LICENSE = re.compile(r'^(?:License: <a href="(?P<url>[^"]*)">(?P<name>.*)</a>| License: (?P<plain>.*))$')
DEFAULT_CONTACT_NAME = "Support"  # main.dot prints it for a contact without a name


def _title_section(reader: Reader, page: Page) -> None:
    """The API title's section: blurb, info description, "Base URLs:", terms, contact and licence.

    The description is the vendor's markdown, `##` headings included: it ends only where main.dot
    prints its next part (or, for a truncated page, where an operation starts).
    """
    reader.skip_blank()
    reader.take()  # the "> Scroll down…" blurb, printed whatever the spec says
    page.info_description = reader.paragraphs_until(
        lambda text: (
            text == BASE_URLS or _is_header_tail(text) or heading_text(text) is not None or _starts_operation(reader)
        )
    )
    reader.skip_blank()
    if reader.peek() == BASE_URLS:
        reader.take()
        _servers(reader, page)
    reader.skip_blank()
    _header_tail(reader, page)
    while not reader.at_end() and heading_text(reader.peek()) is None and not _starts_operation(reader):
        reader.unplaced(reader.peek(), reader.line, "API header")
        reader.take()
        reader.skip_blank()


def _servers(reader: Reader, page: Page) -> None:
    """The list under "Base URLs:": each server's URL and its variables (description, default, enum)."""
    while True:
        reader.skip_blank()
        server = _SERVER.match(reader.peek())
        variable = _SERVER_VARIABLE.match(reader.peek())
        value = _SERVER_ENUM.match(reader.peek())
        if server:
            reader.take()
            page.servers.append({"url": server.group("url")})
        elif variable and page.servers:
            reader.take()
            entry: dict[str, Any] = {}
            if variable.group("description"):
                entry["description"] = variable.group("description")
            entry["default"] = variable.group("default")
            page.servers[-1].setdefault("variables", {})[variable.group("name")] = entry
        elif value and page.servers and page.servers[-1].get("variables"):
            reader.take()
            last = list(page.servers[-1]["variables"].values())[-1]
            last.setdefault("enum", []).append(value.group("value"))
        else:
            return


def _is_header_tail(text: str) -> bool:
    return bool(text.strip()) and any(pattern.match(text) for pattern in (_TERMS, _CONTACT, _LICENSE))


def _header_tail(reader: Reader, page: Page) -> None:
    """main.dot's terms of service, contact and licence lines, in that order, each only when set."""
    while True:
        reader.skip_blank()
        text = reader.peek()
        if not _is_header_tail(text):
            return
        reader.take()
        terms, contact, licence = _TERMS.match(text), _CONTACT.match(text), _LICENSE.match(text)
        if terms:
            page.info_extras["termsOfService"] = terms.group("url")
        elif contact:
            found: dict[str, str] = {}
            name = contact.group("name") if contact.group("email") is not None else contact.group("web")
            if name and name != DEFAULT_CONTACT_NAME:
                found["name"] = name
            if contact.group("email") is not None:
                found["email"] = contact.group("email")
            if contact.group("url") is not None:
                found["url"] = contact.group("url")
            page.info_extras["contact"] = found
        elif licence:
            if licence.group("plain") is not None:
                page.info_extras["license"] = {"name": licence.group("plain")}
            else:
                page.info_extras["license"] = {"name": licence.group("name"), "url": licence.group("url")}


def _starts_operation(reader: Reader, index: int | None = None) -> bool:
    """Whether the line at `index` (the cursor) is an operation's `## <name>`: one followed by the
    operation anchor, the code samples or the method line. Any other `##` is the vendor's heading,
    inside a description."""
    index = reader.pos if index is None else index
    if index >= len(reader.lines) or not _H2.match(reader.lines[index]):
        return False
    index += 1
    while index < len(reader.lines) and not reader.lines[index].strip():
        index += 1
    following = reader.lines[index] if index < len(reader.lines) else ""
    return bool(_OP_ANCHOR.match(following) or following == CODE_SAMPLES or _METHOD_LINE.match(following))


_OAUTH2 = re.compile(r"^- oAuth2 authentication\. ?(?P<description>.*)$")
_FLOW = re.compile(r"^    - Flow: (?P<flow>\S+)$")
_FLOW_URL = re.compile(r"^    - (?P<what>Authorization|Token) URL = \[(?P<url>[^\]]*)\]\((?P=url)\)$")


def _authentication_section(reader: Reader, page: Page) -> None:
    """`# Authentication` (security.def): API keys, HTTP and OAuth 2 schemes (it prints no other kind)."""
    while True:
        reader.skip_blank()
        if reader.at_end() or heading_text(reader.peek()) is not None or _H2.match(reader.peek()):
            return
        line = reader.line
        text = reader.take()
        api_key = re.match(r"^\* API Key \((?P<name>.+)\)$", text)
        http = re.match(r"^- HTTP Authentication, scheme: (?P<scheme>\S+) ?(?P<description>.*)$", text)
        oauth2 = _OAUTH2.match(text)
        if api_key and reader.peek().startswith("    - Parameter Name: "):
            detail = re.match(
                r"^    - Parameter Name: \*\*(?P<param>.+)\*\*, in: (?P<where>\w+)\. ?(?P<d>.*)$", reader.take()
            )
            if detail is None:
                reader.unplaced(text, line, "authentication")
                continue
            scheme: dict[str, Any] = {"type": "apiKey", "name": detail.group("param"), "in": detail.group("where")}
            if detail.group("d"):
                scheme["description"] = detail.group("d")
            page.security_schemes[api_key.group("name")] = scheme
        elif http:
            scheme = {"type": "http", "scheme": http.group("scheme")}
            if http.group("description"):
                scheme["description"] = http.group("description")
            page.unnamed_schemes.append(scheme)
        elif oauth2:
            scheme = {"type": "oauth2"}
            if oauth2.group("description"):
                scheme["description"] = oauth2.group("description")
            scheme["flows"] = _oauth2_flows(reader)
            page.unnamed_schemes.append(scheme)
        else:
            reader.unplaced(text, line, "authentication")


def _oauth2_flows(reader: Reader) -> dict[str, Any]:
    """`    - Flow: <name>`, its URLs, and its scopes table (printed when the flow has `scopes`; OpenAPI
    requires them, so a flow without the table gets none). security.def does not print refreshUrl."""
    flows: dict[str, Any] = {}
    while True:
        reader.skip_blank()
        flow = _FLOW.match(reader.peek())
        if not flow:
            return flows
        reader.take()
        entry: dict[str, Any] = {}
        while True:
            reader.skip_blank()
            url = _FLOW_URL.match(reader.peek())
            if not url:
                break
            reader.take()
            entry["authorizationUrl" if url.group("what") == "Authorization" else "tokenUrl"] = url.group("url")
        entry["scopes"] = {}
        if reader.peek() == "|Scope|Scope Description|":
            entry["scopes"] = {row.cells[0]: row.cells[1] for row in reader.table("scopes", 2).rows}
        flows[flow.group("flow")] = entry


def _tag_section(reader: Reader, name: Text) -> TagSection:
    section = TagSection(name)
    preamble = reader.paragraphs_until(lambda text: heading_text(text) is not None or _starts_operation(reader))
    if preamble is not None:
        lines = preamble.text.split("\n")
        docs = _EXTERNAL_DOCS.match(lines[-1])
        if docs:
            section.external_docs = (docs.group("url"), docs.group("text"))
            lines.pop()
            while lines and not lines[-1].strip():
                lines.pop()
        if lines:
            section.description = Text("\n".join(lines), preamble.line)
    while True:
        reader.skip_blank()
        if reader.at_end() or heading_text(reader.peek()) is not None:
            return section
        if _H2.match(reader.peek()):
            section.operations.append(_operation(reader))
        else:  # pragma: no cover - paragraphs_until stops only at headings
            reader.unplaced(reader.take(), reader.line - 1, "tag section")


def _operation(reader: Reader, *, nested: bool = False) -> OperationBlock:
    """One operation, up to its authentication note; a top-level one also reports stray lines after it
    (a callback's operation is followed by the next callback or the parent's note)."""
    line = reader.line
    match = _H2.match(reader.take())
    assert match is not None
    block = OperationBlock(Text(match.group("text"), line))
    reader.skip_blank()
    anchor = _OP_ANCHOR.match(reader.peek())
    if anchor:
        block.operation_id = anchor.group("id")
        reader.take()
    reader.skip_blank()
    if reader.peek() == CODE_SAMPLES:
        reader.take()
        block.code_samples = reader.fences()
    reader.skip_blank()
    method = _METHOD_LINE.match(reader.peek())
    if not method:
        raise reader.error(
            f"operation '{block.heading.text}' has no `METHOD /path` line where Widdershins prints it",
            reader.line if not reader.at_end() else line,
            fix="the file looks truncated or edited: capture the page again",
        )
    block.method, block.path, block.method_line = method.group("method"), method.group("path"), reader.line
    reader.take()
    reader.skip_blank()
    summary = _SUMMARY.match(reader.peek())
    if summary:
        block.summary = Text(summary.group("text"), reader.line)
        reader.take()
    block.description = reader.paragraphs_until(lambda text: _ends_description(reader, text))
    _operation_parts(reader, block)
    if block.responses is None:
        raise reader.error(
            f"operation '{block.heading.text}' has no Responses table",
            block.method_line,
            fix="the file looks truncated or edited: capture the page again",
        )
    if not nested:
        _after_operation(reader, block)
    return block


def _ends_description(reader: Reader, text: str) -> bool:
    """An operation's description is the vendor's markdown (`#`/`##` headings included): it ends at the
    first part operation.dot prints after it, or, on a page cut short, where the next operation or a
    section Widdershins wrote (`<h1 id>`) starts."""
    return (
        text in (BODY_PARAMETER, EXAMPLE_RESPONSES, RESPONSE_HEADERS, CALLBACKS)
        or text.startswith("<aside class=")
        or _H3.match(text) is not None
        or _H1_HTML.match(text) is not None
        or _starts_operation(reader)
    )


def _is_operation_part(text: str) -> bool:
    return (
        text in (BODY_PARAMETER, EXAMPLE_RESPONSES, RESPONSE_HEADERS, CALLBACKS)
        or text.startswith("<aside class=")
        or _H3.match(text) is not None
        or _H2.match(text) is not None
        or heading_text(text) is not None
    )


def _operation_parts(reader: Reader, block: OperationBlock) -> None:
    """Everything after the description, up to and including the authentication aside."""
    while True:
        reader.skip_blank()
        if reader.at_end():
            raise reader.error(
                f"operation '{block.heading.text}' ends before its authentication note (<aside>)",
                len(reader.lines),
                fix="the file looks truncated: capture the page again",
            )
        line = reader.line
        current = reader.peek()
        h3 = _H3.match(current)
        if _H2.match(current) or heading_text(current) is not None:
            raise reader.error(
                f"operation '{block.heading.text}' ends before its authentication note (<aside>)",
                line,
                fix="the file looks truncated or edited: capture the page again",
            )
        if current == BODY_PARAMETER:
            reader.take()
            block.body_line = line
            reader.skip_blank()
            if reader.peek().startswith("> "):
                block.body_description = Text(reader.take()[2:], reader.line - 1)
            block.body_examples = reader.fences()
        elif h3 and h3.group("kind") == "parameters":
            reader.take()
            reader.skip_blank()
            block.parameters = reader.table("parameters", 5)
            _parameter_extras(reader, block)
        elif current == EXAMPLE_RESPONSES:
            reader.take()
            _example_groups(reader, block)
        elif h3 and h3.group("kind") == "responses":
            reader.take()
            reader.skip_blank()
            block.responses = reader.table("responses", 4, free=2)  # Status|Meaning|Description|Schema
        elif h3 and h3.group("kind") == "responseschema":
            reader.take()
            _response_schemas(reader, block)
        elif current == RESPONSE_HEADERS:
            reader.take()
            reader.skip_blank()
            block.response_headers = reader.table("response headers", 5)
        elif current.startswith("<aside class="):
            _aside(reader, block)
            return
        elif current == CALLBACKS:
            reader.take()
            block.callbacks_line = line
            block.callbacks = _callbacks(reader)
        else:
            reader.unplaced(reader.take(), line, f"operation {block.heading.text}")


def _parameter_extras(reader: Reader, block: OperationBlock) -> None:
    reader.skip_blank()
    if reader.peek() == DETAILED_DESCRIPTIONS:
        reader.take()
        names = {row.cells[0] for row in block.parameters.rows} if block.parameters else set()
        current: DetailedDescription | None = None
        while True:
            reader.skip_blank()
            entry = _DETAILED_ENTRY.match(reader.peek())
            if reader.at_end() or _is_operation_part(reader.peek()) or reader.peek() == ENUMERATED_VALUES:
                break
            if entry and entry.group("name") in names:
                current = DetailedDescription(entry.group("name"), entry.group("text"), reader.line)
                block.detailed.append(current)
                reader.take()
                # The description runs on until the next "**name**: " line or the next part.
                continuation: list[str] = []
                while not reader.at_end():
                    text = reader.peek()
                    nxt = _DETAILED_ENTRY.match(text)
                    if (nxt and nxt.group("name") in names) or _is_operation_part(text) or text == ENUMERATED_VALUES:
                        break
                    continuation.append(reader.take())
                while continuation and not continuation[-1].strip():
                    continuation.pop()
                if continuation:
                    block.detailed[-1] = DetailedDescription(
                        current.name, "\n".join([current.text, *continuation]), current.line
                    )
            else:
                reader.unplaced(reader.take(), reader.line - 1, "detailed descriptions")
        reader.skip_blank()
    if reader.peek() == ENUMERATED_VALUES:
        reader.take()
        reader.skip_blank()
        block.parameter_enums = reader.table("parameter enumerated values", 2)


def _example_groups(reader: Reader, block: OperationBlock) -> None:
    while True:
        reader.skip_blank()
        current = reader.peek()
        if not current.startswith("> ") or current in (BODY_PARAMETER, EXAMPLE_RESPONSES):
            return
        line = reader.line
        reader.take()
        block.example_groups.append(ExampleGroup(current[2:], line, tuple(reader.fences())))


def _response_schemas(reader: Reader, block: OperationBlock) -> None:
    while True:
        reader.skip_blank()
        status = _STATUS_CODE.match(reader.peek())
        if reader.peek() == ENUMERATED_VALUES:
            # responses.def lists the enums of a schema whose rows it does not print (a top-level oneOf):
            # values of rows the page does not show.
            line = reader.line
            reader.take()
            reader.skip_blank()
            reader.table("property enumerated values", 2)
            reader.warn(
                "enumerated values printed under no response schema (a top-level oneOf or anyOf prints no rows, "
                "but its alternatives' enums are listed); not placed",
                line,
                "widdershins-enum-unplaced",
            )
            continue
        if not status:
            return
        line = reader.line
        reader.take()
        blocks: list[SchemaBlock] = []
        enums: Table | None = None
        while True:
            reader.skip_blank()
            current = reader.peek()
            if current.startswith("|Name|"):
                blocks.append(SchemaBlock(None, reader.table("response schema", 5)))
                continue
            if current.startswith("*") and not current.startswith("**"):
                title = _block_title(reader)
                reader.skip_blank()
                if not reader.peek().startswith("|Name|"):
                    raise reader.error(
                        "a schema block title is not followed by its table",
                        title.line,
                        fix="the table was edited or cut: capture the page again",
                    )
                blocks.append(SchemaBlock(title, reader.table("response schema", 5)))
                continue
            if current == ENUMERATED_VALUES:
                reader.take()
                reader.skip_blank()
                enums = reader.table("property enumerated values", 2)
                reader.skip_blank()
            if reader.peek() == "#### Links":
                reader.warn("response links are not read", reader.line, "widdershins-links")
                reader.take()
                while (
                    not reader.at_end()
                    and not _is_operation_part(reader.peek())
                    and not _STATUS_CODE.match(reader.peek())
                ):
                    reader.take()
            break
        block.response_schemas.append(ResponseSchema(status.group("status"), line, tuple(blocks), enums))


def _block_title(reader: Reader) -> Text:
    """`*title*`: a schema's title or description (may span lines) or a oneOf/xor/continued… marker."""
    line = reader.line
    collected = [reader.take()]
    while not collected[-1].endswith("*") or (collected[-1] == "*" and len(collected) == 1):
        if reader.at_end() or reader.peek().startswith("|"):
            raise reader.error(
                "a schema block title '*…' is never closed",
                line,
                fix="the file looks truncated or edited: capture the page again",
            )
        collected.append(reader.take())
    text = "\n".join(collected)
    match = _BLOCK_TITLE.match(text)
    assert match is not None
    return Text(match.group("text"), line)


_CALLBACK_NAME = re.compile(r"^#### (?P<name>.+)$")
_CALLBACK_EXPRESSION = re.compile(r"^\*\*(?P<expression>.+)\*\*$")


def _callbacks(reader: Reader) -> list[CallbackBlock]:
    """callbacks.def: `#### <name>`, then per expression `**<expression>**` and one rendered operation
    per method, up to the parent's authentication note."""
    found: list[CallbackBlock] = []
    while True:
        reader.skip_blank()
        line, current = reader.line, reader.peek()
        name = _CALLBACK_NAME.match(current)
        expression = _CALLBACK_EXPRESSION.match(current)
        if name:
            reader.take()
            found.append(CallbackBlock(Text(name.group("name"), line)))
        elif expression and found:
            reader.take()
            found[-1].expressions.append(CallbackExpression(Text(expression.group("expression"), line)))
        elif _H2.match(current) and found and found[-1].expressions:
            found[-1].expressions[-1].operations.append(_operation(reader, nested=True))
        else:
            return found


def _aside(reader: Reader, block: OperationBlock) -> None:
    line = reader.line
    opening = reader.take()
    body: list[str] = []
    while not reader.at_end() and reader.peek() != "</aside>":
        if _H2.match(reader.peek()) or heading_text(reader.peek()) is not None:
            break
        body.append(reader.take())
    if reader.at_end() or reader.peek() != "</aside>":
        raise reader.error("this <aside> is never closed", line, fix="the file looks truncated: capture the page again")
    reader.take()
    if opening == '<aside class="success">' and body == [NO_AUTH_TEXT]:
        block.auth = None
    elif opening == '<aside class="warning">' and body and body[0] == AUTH_TEXT:
        block.auth = Text("\n".join(body[1:]), line + 2)
    else:
        raise reader.error(
            "this <aside> is not one of Widdershins' authentication notes",
            line,
            fix="the note was edited: capture the page again",
        )


def _after_operation(reader: Reader, block: OperationBlock) -> None:
    """Anything between an operation's aside and the next heading is not part of the template."""
    while True:
        reader.skip_blank()
        if reader.at_end() or _H2.match(reader.peek()) or heading_text(reader.peek()) is not None:
            return
        reader.unplaced(reader.take(), reader.line - 1, f"after operation {block.heading.text}")
