"""Widdershins v4.0.1 markdown → a line-located outline of the page (no OpenAPI yet).

This module reads the page around the operations: front matter, the API title's section (description,
servers, terms, contact, licence), `# Authentication`, the tag sections and the `# Schemas` section.
`markdown_operation` reads each operation, `markdown_reader` is the cursor over the lines, `outline` holds
the types; `assemble` turns the outline into OpenAPI (main.dot, authentication*.def). Everything read keeps
its 1-based line number so later stages can point at the source.

Unreadable input (a table row cut short, a fence never closed, an operation without its method line)
raises `SpecFoundryError`; a line that fits no part of the layout becomes a warning with its line number.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from generator.errors import Diagnostic
from generator.importers.widdershins.markdown_operation import read_operation, starts_operation
from generator.importers.widdershins.markdown_reader import ENUMERATED_VALUES, H2, Reader, heading_text
from generator.importers.widdershins.outline import ComponentSchema, Page, SchemaBlock, Table, TagSection, Text
from generator.yamlio import load_yaml

_EXTERNAL_DOCS = re.compile(r'^<a href="(?P<url>[^"]*)">(?P<text>.*)</a>$')
_GENERATOR = re.compile(r"^<!-- Generator: Widdershins v(?P<version>\S+) -->")
_SCROLL_DOWN = "> Scroll down for "


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
        elif H2.match(current):
            if not page.tags:
                page.tags.append(TagSection(Text("Default", line)))
            page.tags[-1].operations.append(read_operation(reader))
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
    return index < len(reader.lines) and H2.match(reader.lines[index]) is not None


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
            text == BASE_URLS or _is_header_tail(text) or heading_text(text) is not None or starts_operation(reader)
        )
    )
    reader.skip_blank()
    if reader.peek() == BASE_URLS:
        reader.take()
        _servers(reader, page)
    reader.skip_blank()
    _header_tail(reader, page)
    while not reader.at_end() and heading_text(reader.peek()) is None and not starts_operation(reader):
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


_OAUTH2 = re.compile(r"^- oAuth2 authentication\. ?(?P<description>.*)$")
_FLOW = re.compile(r"^    - Flow: (?P<flow>\S+)$")
_FLOW_URL = re.compile(r"^    - (?P<what>Authorization|Token) URL = \[(?P<url>[^\]]*)\]\((?P=url)\)$")


def _authentication_section(reader: Reader, page: Page) -> None:
    """`# Authentication` (security.def): API keys, HTTP and OAuth 2 schemes (it prints no other kind)."""
    while True:
        reader.skip_blank()
        if reader.at_end() or heading_text(reader.peek()) is not None or H2.match(reader.peek()):
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
    preamble = reader.paragraphs_until(lambda text: heading_text(text) is not None or starts_operation(reader))
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
        if H2.match(reader.peek()):
            section.operations.append(read_operation(reader))
        else:  # pragma: no cover - paragraphs_until stops only at headings
            reader.unplaced(reader.take(), reader.line - 1, "tag section")
