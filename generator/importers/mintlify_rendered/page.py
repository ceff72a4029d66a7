"""Read a rendered page into its parts: method and path, title, curl and response examples, and the
Headers / Body / Response field lists (with the page line of everything, for diagnostics).
"""

from __future__ import annotations

import json
import re
import shlex
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from generator.errors import Diagnostic, Level, SpecFoundryError
from generator.formats import judge_format
from generator.importers.base import SourceDocument
from generator.importers.mintlify_rendered.descriptions import _SCHEMA_NAME
from generator.importers.mintlify_rendered.notation import (
    _TYPE_LIKE,
    TypeNotation,
    _notation_nodes,
    _typed,
    parse_type_notation,
)

_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE")
# Block headings Mintlify renders, mapped to the parameter location (or the body/response blocks).
_SECTIONS = {
    "Headers": "header",
    "Path Parameters": "path",
    "Query Parameters": "query",
    "Cookies": "cookie",
    "Body": "body",
    "Response": "response",
}
_RECAPTURE = (
    "capture the whole rendered page again (select all, from the method line down to the last "
    "field of the Response block) and replace the file"
)
_MARKERS = ("required", "deprecated", "optional")

_NAME = re.compile(r"^[A-Za-z_$@][\w$@.\-]*$")
_STATUS = re.compile(r"^(?P<status>\d{3}|default)(?:\s+-\s+(?P<media>\S+))?$")
_MEDIA_TYPE = re.compile(r"^[\w.+-]+/[\w.+*-]+$")
_DEFAULT = re.compile(r"^default:\s*(?P<value>.*)$")


@dataclass
class PageField:
    """One entry of a Headers / Body / Response list, as rendered."""

    name: str
    type_text: str
    notation: TypeNotation
    line: int
    required: bool = False
    deprecated: bool = False
    has_default: bool = False
    default: Any = None
    description: str = ""  # paragraphs joined by a blank line
    options: list[str] = field(default_factory=list)  # "Available options:"
    examples: list[Any] = field(default_factory=list)


@dataclass
class JsonExample:
    value: Any
    text: str  # exactly as on the page
    line: int
    lines: dict[str, int]  # JSON pointer ("" for the root) → page line


@dataclass
class CurlExample:
    line: int
    method: str | None
    url: str | None
    headers: list[tuple[str, str]]
    body: JsonExample | None


@dataclass
class BodyBlock:
    line: int
    media_type: str
    description: str
    schema_description: str
    fields: list[PageField]


@dataclass
class ResponseBlock:
    line: int
    status: str
    media_type: str | None
    description: str
    schema_description: str
    fields: list[PageField]


@dataclass
class RenderedPage:
    method: str
    path: str
    title: str
    title_line: int
    description: str = ""
    curl: CurlExample | None = None
    response_example: JsonExample | None = None
    parameters: dict[str, list[PageField]] = field(default_factory=dict)  # location → fields
    body: BodyBlock | None = None
    responses: list[ResponseBlock] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass(frozen=True)
class _Line:
    number: int
    text: str


class _PageParser:
    def __init__(self, source: SourceDocument) -> None:
        self.source = source
        self.file = str(source.path)
        self.text = source.text
        self.lines = [_Line(number + 1, text.rstrip()) for number, text in enumerate(source.text.splitlines())]
        self.line_starts = [0]
        for match in re.finditer("\n", self.text):
            self.line_starts.append(match.end())
        self.diagnostics: list[Diagnostic] = []

    # -- helpers
    def error(self, message: str, line: int | None, fix: str = _RECAPTURE) -> SpecFoundryError:
        return SpecFoundryError(message, file=self.file, place=str(line) if line else None, fix=fix)

    def note(self, level: Level, message: str, line: int | None, code: str, fix: str | None = None) -> None:
        place = str(line) if line else None
        self.diagnostics.append(Diagnostic(level, message, self.file, place, fix, code))

    def line_of(self, offset: int) -> int:
        return bisect_right(self.line_starts, offset)

    def next_filled(self, index: int) -> int:
        while index < len(self.lines) and not self.lines[index].text.strip():
            index += 1
        return index

    # -- page
    def parse(self) -> RenderedPage:
        index = self.next_filled(0)
        if index == len(self.lines):
            raise self.error("the page is empty", None)
        method_line = self.lines[index]
        if method_line.text.strip() not in _METHODS:
            raise self.error(
                f"expected the HTTP method ({', '.join(_METHODS)}) on the first line, found "
                f"{method_line.text.strip()!r}",
                method_line.number,
                fix="capture the page from its method badge down, as rendered (method, path, title, ...)",
            )
        path, index = self._path(index + 1)  # stops on the (non-blank) title line
        page = RenderedPage(
            method=method_line.text.strip(),
            path=path,
            title=self.lines[index].text.strip(),
            title_line=self.lines[index].number,
        )
        index += 1
        first_section = next(
            (i for i in range(index, len(self.lines)) if self.lines[i].text.strip() in _SECTIONS), len(self.lines)
        )
        index = self._preamble(page, index, first_section)  # a cut-off example is the likelier news
        if first_section == len(self.lines):
            raise self.error("no Headers, Body or Response block: the page looks truncated", self.lines[-1].number)
        self._sections(page, first_section)
        if not page.responses:
            raise self.error("no Response block: the page looks truncated", self.lines[-1].number)
        page.diagnostics = self.diagnostics
        return page

    def _path(self, index: int) -> tuple[str, int]:
        """Read '/', 'segment', '/', 'segment', ... (one piece a line) into '/segment/segment'."""
        pieces: list[str] = []
        index = self.next_filled(index)
        while index < len(self.lines):
            text = self.lines[index].text.strip()
            if text == "/":
                pieces.append("/")
            elif pieces and pieces[-1] == "/" and re.fullmatch(r"[\w.{}~:-]+", text):
                pieces.append(text)
            else:
                break
            index = self.next_filled(index + 1)
        if not pieces or index == len(self.lines):
            line = self.lines[min(index, len(self.lines) - 1)].number
            raise self.error("the path after the method line is missing or cut off", line)
        return "".join(pieces), index

    def _preamble(self, page: RenderedPage, index: int, end: int) -> int:
        """Description, curl example and example response: everything between title and first block."""
        description: list[str] = []
        while index < end:
            text = self.lines[index].text.strip()
            if text.startswith("curl ") or text == "curl":
                if page.curl is not None:
                    self.note(Level.WARNING, "second curl example ignored", self.lines[index].number, "unplaced-line")
                page.curl, index = self._curl(index, end)
            elif text.startswith(("{", "[")) and page.response_example is None:
                page.response_example, index = self._json_at(index, "example response")
            elif text and page.curl is None and page.response_example is None:
                description.append(text)
                index += 1
            else:
                if text:
                    self.note(
                        Level.WARNING,
                        f"line not placed: {text!r}",
                        self.lines[index].number,
                        "unplaced-line",
                        "add what it says with an overlay if it matters",
                    )
                index += 1
        page.description = "\n".join(description)
        return index

    def _curl(self, index: int, end: int) -> tuple[CurlExample, int]:
        start = self.lines[index]
        chunk: list[str] = []
        tokens: list[str] | None = None
        while index < end:
            chunk.append(self.lines[index].text)
            index += 1
            if chunk[-1].endswith("\\"):
                continue
            try:  # a backslash-newline continues the command, it is no argument
                tokens = shlex.split("\n".join(chunk).replace("\\\n", " "))
                break
            except ValueError:  # an open quote: the --data body goes on
                continue
        if tokens is None:
            raise self.error("the curl example is cut off (a quote or line continuation never ends)", start.number)
        return self._curl_tokens(tokens, start), index

    def _curl_tokens(self, tokens: list[str], start: _Line) -> CurlExample:
        curl = CurlExample(line=start.number, method=None, url=None, headers=[], body=None)
        words = iter(tokens[1:])
        for word in words:
            if word in ("--request", "-X"):
                curl.method = next(words, None)
            elif word == "--url":
                curl.url = next(words, None)
            elif word in ("--header", "-H"):
                name, _, value = next(words, "").partition(":")
                curl.headers.append((name.strip(), value.strip()))
            elif word in ("--data", "-d", "--data-raw", "--data-binary"):
                curl.body = self._curl_body(next(words, ""), start)
            elif not word.startswith("-") and curl.url is None:
                curl.url = word
            else:
                self.note(Level.WARNING, f"curl option {word!r} not understood", start.number, "unplaced-line")
        return curl

    def _curl_body(self, data: str, start: _Line) -> JsonExample | None:
        offset = self.text.find(data.strip(), self.line_starts[start.number - 1]) if data.strip() else -1
        if data.lstrip()[:1] in ("{", "[") and offset >= 0:  # positions only when quoting kept it verbatim
            example, _ = self._json_at_offset(offset, "curl --data body")
            return example
        try:  # the body was quoted in a way that changed it (e.g. '\''): no page positions then
            return JsonExample(json.loads(data), data, start.number, {"": start.number})
        except json.JSONDecodeError:
            self.note(
                Level.WARNING, "curl --data body is not JSON; not used as an example", start.number, "unplaced-line"
            )
            return None

    def _json_at(self, index: int, what: str) -> tuple[JsonExample, int]:
        example, end = self._json_at_offset(self.line_starts[index], what)
        return example, self.line_of(end - 1)  # index of the line after the JSON's last line

    def _json_at_offset(self, offset: int, what: str) -> tuple[JsonExample, int]:
        try:
            value, end = json.JSONDecoder().raw_decode(self.text, offset)
        except json.JSONDecodeError as exc:
            raise self.error(
                f"the {what} (from line {self.line_of(offset)}) is cut off or malformed JSON: {exc.msg}",
                exc.lineno,
            ) from exc
        lines: dict[str, int] = {}
        _locate(self.text, offset, "", lines, self.line_of)
        return JsonExample(value, self.text[offset:end], self.line_of(offset), lines), end

    # -- blocks
    def _sections(self, page: RenderedPage, index: int) -> None:
        starts = [i for i in range(index, len(self.lines)) if self.lines[i].text.strip() in _SECTIONS]
        for position, start in enumerate(starts):
            end = starts[position + 1] if position + 1 < len(starts) else len(self.lines)
            heading = self.lines[start].text.strip()
            kind = _SECTIONS[heading]
            if kind == "body":
                page.body = self._body(start, end)
            elif kind == "response":
                page.responses.extend(self._responses(start, end))
            else:
                preamble, fields = self._fields(start + 1, end)
                self._unplaced(preamble, f"{heading} block")
                page.parameters.setdefault(kind, []).extend(fields)

    def _body(self, start: int, end: int) -> BodyBlock:
        index = self.next_filled(start + 1)
        media = self.lines[index].text.strip() if index < end else ""
        if _MEDIA_TYPE.match(media):
            index += 1
        else:
            self.note(
                Level.WARNING,
                "Body block without a media type line; assuming application/json",
                self.lines[start].number,
                "body-media-type",
            )
            media = "application/json"
        preamble, fields = self._fields(index, end)
        description, schema_description = _split_preamble(preamble, lone_is_schema=True)
        return BodyBlock(self.lines[start].number, media, description, schema_description, fields)

    def _responses(self, start: int, end: int) -> list[ResponseBlock]:
        statuses = [i for i in range(start + 1, end) if _STATUS.match(self.lines[i].text.strip())]
        if not statuses:
            raise self.error(
                "the Response block has no status line (like '201 - application/json')", self.lines[start].number
            )
        self._unplaced([p for p in _paragraphs(self.lines[start + 1 : statuses[0]])], "Response block")
        blocks: list[ResponseBlock] = []
        for position, status_index in enumerate(statuses):
            stop = statuses[position + 1] if position + 1 < len(statuses) else end
            match = _STATUS.match(self.lines[status_index].text.strip())
            assert match is not None  # selected by this very pattern
            preamble, fields = self._fields(status_index + 1, stop)
            description, schema_description = _split_preamble(preamble)
            blocks.append(
                ResponseBlock(
                    self.lines[status_index].number,
                    match.group("status"),
                    match.group("media"),
                    description,
                    schema_description,
                    fields,
                )
            )
        return blocks

    def _unplaced(self, paragraphs: list[tuple[int, str]], where: str) -> None:
        for line, text in paragraphs:
            self.note(Level.WARNING, f"text in the {where} not placed: {text!r}", line, "unplaced-line")

    def _looks_like_start(self, index: int, end: int) -> bool:
        if index + 1 >= end:
            return False
        name, kind = self.lines[index].text.strip(), self.lines[index + 1].text.strip()
        return bool(_NAME.match(name) and _TYPE_LIKE.match(kind)) and name not in _MARKERS and kind not in _MARKERS

    def _is_field_start(self, index: int, end: int) -> bool:
        """A name line over a type line. A one-word description ('Created') over a field ('id',
        'integer') looks alike: the next line then is a valid start and this one is not."""
        if not self._looks_like_start(index, end):
            return False
        return self._valid_type(index + 1) or not (
            self._looks_like_start(index + 1, end) and self._valid_type(index + 2)
        )

    def _valid_type(self, index: int) -> bool:
        try:
            parse_type_notation(self.lines[index].text)
        except SpecFoundryError:
            return False
        return True

    def _fields(self, index: int, end: int) -> tuple[list[tuple[int, str]], list[PageField]]:
        """Split lines into the preamble (paragraphs before the first field) and the fields."""
        preamble: list[_Line] = []
        fields: list[PageField] = []
        while index < end:
            if self._is_field_start(index, end):
                parsed, index = self._field(index, end)
                fields.append(parsed)
            else:
                preamble.append(self.lines[index])
                index += 1
        return _paragraphs(preamble), fields

    def _field(self, index: int, end: int) -> tuple[PageField, int]:
        name_line, type_line = self.lines[index], self.lines[index + 1]
        notation = parse_type_notation(type_line.text, file=self.file, line=type_line.number)
        self._check_formats(notation, type_line.number)
        item = PageField(name_line.text.strip(), type_line.text.strip(), notation, name_line.number)
        index += 2
        while index < end:  # markers right under the type
            text = self.lines[index].text.strip()
            default = _DEFAULT.match(text)
            if text == "required":
                item.required = True
            elif text == "deprecated":
                item.deprecated = True
            elif text == "optional":
                pass
            elif default:
                item.has_default, item.default = True, _typed(default.group("value"), notation)
            else:
                break
            index += 1
        paragraphs: list[list[str]] = [[]]
        while index < end and not self._is_field_start(index, end):
            text = self.lines[index].text.strip()
            if text == "Available options:":
                index = self._options(item, index + 1, end)
                continue
            if text == "Example:":
                index = self._example(item, index + 1, end)
                continue
            if text in ("Show child attributes", "Hide child attributes"):
                pass  # a toggle: the children themselves are read from the examples
            elif text:
                paragraphs[-1].append(text)
            elif paragraphs[-1]:
                paragraphs.append([])
            index += 1
        item.description = "\n\n".join(" ".join(p) for p in paragraphs if p)
        if notation.innermost().kind == "enum" and not item.options:
            self.note(
                Level.WARNING,
                f"{item.name}: {item.type_text} without 'Available options:'",
                name_line.number,
                "enum-without-options",
            )
        return item, index

    def _options(self, item: PageField, index: int, end: int) -> int:
        """'Available options:' then 'A,' 'B,' ... 'Z': a trailing comma means the list goes on."""
        start = index
        while index < end:
            text = self.lines[index].text.strip()
            index += 1
            if not text:
                continue
            item.options.extend(part.strip() for part in text.split(",") if part.strip())
            if not text.endswith(","):
                return index
        raise self.error(f"{item.name}: the 'Available options:' list is cut off", self.lines[start - 1].number)

    def _example(self, item: PageField, index: int, end: int) -> int:
        index = self.next_filled(index)
        if index < end:
            text = self.lines[index].text.strip()
            try:
                item.examples.append(json.loads(text))
            except json.JSONDecodeError:
                item.examples.append(text)
            index += 1
        return index

    def _check_formats(self, notation: TypeNotation, line: int) -> None:
        for node in _notation_nodes(notation):
            verdict = judge_format(node.format, set()) if node.format else None
            if verdict is not None:
                fix = f"did you mean {verdict.suggestion!r}? fix it with an overlay" if verdict.suggestion else None
                self.note(Level.WARNING, f"unregistered format {node.format!r}", line, "unknown-format", fix)


def parse_page(source: SourceDocument) -> RenderedPage:
    """Read a rendered page into its parts; raise SpecFoundryError when it cannot be read at all."""
    return _PageParser(source).parse()


def _paragraphs(lines: Sequence[_Line]) -> list[tuple[int, str]]:
    """(first line number, text) of each blank-line-separated paragraph."""
    out: list[tuple[int, str]] = []
    current: list[_Line] = []
    for line in [*lines, _Line(0, "")]:
        if line.text.strip():
            current.append(line)
        elif current:
            out.append((current[0].number, " ".join(item.text.strip() for item in current)))
            current = []
    return out


def _split_preamble(paragraphs: list[tuple[int, str]], *, lone_is_schema: bool = False) -> tuple[str, str]:
    """Body/response preamble: the first paragraph describes the body, the last one its schema.

    A lone paragraph is the response's description (OpenAPI requires one); under Body, a lone
    'Order.' names the schema, while a sentence describes the request body.
    """
    texts = [text for _, text in paragraphs]
    if len(texts) > 1:
        return "\n\n".join(texts[:-1]), texts[-1]
    lone = texts[0] if texts else ""
    if lone_is_schema and _SCHEMA_NAME.match(lone):
        return "", lone
    return lone, ""


def _locate(text: str, offset: int, pointer: str, out: dict[str, int], line_of: Callable[[int], int]) -> int:
    """Record the page line of every JSON pointer in the (already valid) JSON at `offset`."""
    offset = _skip_space(text, offset)
    out[pointer] = line_of(offset)
    opener = text[offset]
    if opener not in "{[":
        _, end = json.JSONDecoder().raw_decode(text, offset)
        return end
    closer = "}" if opener == "{" else "]"
    offset = _skip_space(text, offset + 1)
    index = 0
    while text[offset] != closer:
        if opener == "{":
            key, offset = json.JSONDecoder().raw_decode(text, offset)
            offset = _skip_space(text, offset) + 1  # the colon
            child = f"{pointer}/{_escape(key)}"
        else:
            child = f"{pointer}/{index}"
            index += 1
        offset = _skip_space(text, _locate(text, offset, child, out, line_of))
        if text[offset] == ",":
            offset = _skip_space(text, offset + 1)
    return offset + 1


def _skip_space(text: str, offset: int) -> int:
    while text[offset] in " \t\r\n":
        offset += 1
    return offset


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")
