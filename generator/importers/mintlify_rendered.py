"""Rendered Mintlify API page (the text a browser's "select all" copies) → OpenAPI 3.1 fragment.

Such a page has no OpenAPI block, only what Mintlify renders from one:

    POST / cleemy-procurement / api / purchases      method, then the path split over lines
    Create a Purchase                                 title (the operation summary)
    curl --request POST ... --data '{...}'            request example
    {...}                                             example response
    Headers / Body / Response                         field lists: name, type notation, "required",
                                                      "default:", description, "Available options:"

Field lists only give the first level of each schema; nested shapes exist only in the example JSON, so
they are inferred from it and then named: after the page's own words ("Reference to a user"), after
well-known shapes (money), and after components the API's earlier pages (`known`) already define, which
are referenced rather than duplicated. Everything read but not placed is reported as a Diagnostic.

Source options (api.toml): `operation_id`, `tag`, and `schema_names`, a table from example pointers to
component names: `"response#/lines/*"` (one example), `"#/lines/*"` (both), `"#"` (the page's schema).
"""

from __future__ import annotations

import json
import re
import shlex
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator.errors import Diagnostic, Level, SpecFoundryError
from generator.formats import judge_format
from generator.importers.base import ImportResult, SourceDocument

__all__ = [
    "PageField",
    "RenderedPage",
    "TypeNotation",
    "import_mintlify_rendered",
    "parse_page",
    "parse_type_notation",
]

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
_SCALARS = ("string", "integer", "number", "boolean")
_ENUM_BASES = ("string", "integer", "number", "boolean")
_MARKERS = ("required", "deprecated", "optional")

_NAME = re.compile(r"^[A-Za-z_$@][\w$@.\-]*$")
_TYPE_ATOM = r"[a-z][a-z0-9_]*(?:<[^<>]*>)?(?:\[\])*"
# Loose on purpose: anything shaped like a notation starts a field, then the strict parser judges it,
# so an unknown notation is an error instead of a field silently swallowed into a description.
_TYPE_LIKE = re.compile(rf"^(?:[^·]+·\s*)?{_TYPE_ATOM}(?:\s*\|\s*{_TYPE_ATOM})*$")
_ATOM = re.compile(r"^(?P<base>[a-z][a-z0-9_]*)(?:<(?P<arg>[^<>]+)>)?(?P<arrays>(?:\[\])*)$")
_STATUS = re.compile(r"^(?P<status>\d{3}|default)(?:\s+-\s+(?P<media>\S+))?$")
_MEDIA_TYPE = re.compile(r"^[\w.+-]+/[\w.+*-]+$")
_DEFAULT = re.compile(r"^default:\s*(?P<value>.*)$")
_REFERENCE = re.compile(r"^Reference to (?:a|an|the) (?P<noun>[\w-]+(?: [\w-]+)*)\.?$")
_UNION = re.compile(r"\bone of (?:two|three|four|\d+|several|the following)?\s*types?:\s*(?P<labels>[^.]+)\.", re.I)
_SCHEMA_NAME = re.compile(r"^[A-Z][\w-]*(?: [\w-]+){0,3}\.$")  # "Purchase.", "Cost-center."
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
_TEMPLATE_VAR = re.compile(r"\{[A-Za-z_][\w.-]*\}")
# Keys every reference shape has; matching a known component on these alone would confuse, e.g.,
# a department reference with an establishment reference, so structural reuse needs more.
_GENERIC_KEYS = frozenset({"id", "name", "href", "type"})


# --------------------------------------------------------------------------------------------- page


@dataclass(frozen=True)
class TypeNotation:
    """A rendered type: `integer[]`, `string<date-time>`, `enum<string>`, `Reference to X · object[]`."""

    kind: str  # string | integer | number | boolean | object | null | any | enum | array | union
    text: str
    format: str | None = None
    enum_type: str | None = None
    items: TypeNotation | None = None
    members: tuple[TypeNotation, ...] = ()
    title: str | None = None  # the schema title Mintlify shows before "·"

    def innermost(self) -> TypeNotation:
        """The element type under any number of `[]`."""
        return self.items.innermost() if self.items is not None else self


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


def parse_type_notation(text: str, *, file: str = "", line: int = 0) -> TypeNotation:
    """Parse one rendered type; raise SpecFoundryError naming file and line for an unknown notation."""
    title: str | None = None
    body = text.strip()
    if "·" in body:
        head, _, body = body.rpartition("·")
        title, body = head.strip() or None, body.strip()
    members = [part.strip() for part in body.split("|")]
    parsed = [_parse_atom(member, text, file, line, title) for member in members]
    if len(parsed) == 1:
        return parsed[0]
    return TypeNotation(kind="union", text=text.strip(), members=tuple(parsed))


def _parse_atom(atom: str, whole: str, file: str, line: int, title: str | None) -> TypeNotation:
    match = _ATOM.match(atom)
    base, arg = (match.group("base"), match.group("arg")) if match else ("", None)
    if base == "enum" and arg in _ENUM_BASES:
        notation = TypeNotation(kind="enum", text=atom, enum_type=arg)
    elif base in _SCALARS:
        notation = TypeNotation(kind=base, text=atom, format=arg)
    elif base == "file" and arg is None:  # Mintlify's word for a binary string
        notation = TypeNotation(kind="string", text=atom, format="binary")
    elif base in ("object", "null", "any") and arg is None:
        notation = TypeNotation(kind=base, text=atom, title=title if base == "object" else None)
    else:
        raise SpecFoundryError(
            f"unknown type notation `{whole.strip()}`",
            file=file,
            place=str(line),
            fix="Mintlify renders string, integer, number, boolean, object, any, file, enum<T>, T<format>, "
            "T[] and 'Title · T'; if the page really shows a new notation, teach parse_type_notation in "
            "generator/importers/mintlify_rendered.py to read it",
        )
    for _ in range(len(match.group("arrays")) // 2 if match else 0):
        notation = TypeNotation(kind="array", text=notation.text + "[]", items=notation)
    return notation


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


def _notation_nodes(notation: TypeNotation) -> Iterator[TypeNotation]:
    yield notation
    if notation.items is not None:
        yield from _notation_nodes(notation.items)
    for member in notation.members:
        yield from _notation_nodes(member)


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


def _typed(text: str, notation: TypeNotation) -> Any:
    kind = notation.enum_type if notation.kind == "enum" else notation.kind
    if kind in ("integer", "number", "boolean", "array", "object", "null", "any"):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            return text
    return text


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


# ----------------------------------------------------------------------------------------- naming


def _kebab(text: str) -> str:
    """'SubscriptionCommitment' → 'subscription-commitment', 'cost center' → 'cost-center'."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", text.strip().rstrip("."))
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1-\2", text)
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _singular(name: str) -> str:
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name


def _shape_name(value: Mapping[str, Any]) -> str | None:
    """Names for Lucca's money shapes, recognised by their keys (the page only says 'object')."""
    keys = set(value)
    if keys == {"value", "currency"}:
        return "money"
    if keys == {"excludingTaxes", "taxes", "includingTaxes"}:
        return "amount-with-taxes"
    if keys == {"base", "counter", "rate"} and isinstance(value["base"], Mapping):
        base = _shape_name(value["base"])
        if base == "money":
            return "multi-currency-amount"
        if base == "amount-with-taxes":
            return "multi-currency-amount-with-taxes"
    return None


# Types the examples cannot show: a rate of 1 or an amount of 0 are numbers, not integers.
_SHAPE_PROPERTY_TYPES: dict[str, dict[str, str]] = {
    "money": {"value": "number", "currency": "string"},
    "multi-currency-amount": {"rate": "number"},
    "multi-currency-amount-with-taxes": {"rate": "number"},
}


def _sentences(paragraph: str) -> list[str]:
    return [part for part in re.split(r"(?<=\.)\s+", paragraph.strip()) if part]


@dataclass
class _Description:
    component: str = ""  # describes the referenced schema ("Reference to a user.")
    reference: str | None = None  # "Reference to a user"
    prop: str = ""  # describes the property itself
    variants: dict[str, str] = field(default_factory=dict)  # variant label (lowercase) → sentence
    read_only: bool = False
    write_only: bool = False


def _split_description(text: str, field_name: str, labels: Sequence[str] = ()) -> _Description:
    """Mintlify concatenates the referenced schema's description with the property's own: split them.

    'Reference to ...' is one sentence; 'Represents ...' runs on until a 'Read-only.'/'Write-only.'
    marker; '<Field> for a <variant>.' describes one variant of a oneOf.
    """
    result = _Description()
    component: list[list[str]] = []
    prop: list[list[str]] = []
    wanted = {re.sub(r"[^a-z]", "", label.lower()) for label in labels}
    variant = re.compile(rf"\b{re.escape(field_name)} for an? (?P<label>[\w-]+)\.$", re.I)
    in_component = False
    for paragraph in text.split("\n\n"):
        component.append([])
        prop.append([])
        for sentence in _sentences(paragraph):
            reference = _REFERENCE.match(sentence)
            found = variant.search(sentence)
            if sentence in ("Read-only.", "Write-only."):
                in_component = False
                result.read_only |= sentence == "Read-only."
                result.write_only |= sentence == "Write-only."
                prop[-1].append(sentence)
            elif reference:
                result.reference = sentence.rstrip(".")
                component[-1].append(sentence)
                in_component = False
            elif sentence.startswith("Represents "):
                in_component = True
                component[-1].append(sentence)
            elif found and re.sub(r"[^a-z]", "", found.group("label").lower()) in wanted:
                label = re.sub(r"[^a-z]", "", found.group("label").lower())
                result.variants[label] = sentence[found.start() :]
                head = sentence[: found.start()].strip()
                if head:
                    prop[-1].append(head)
            elif in_component:
                component[-1].append(sentence)
            else:
                prop[-1].append(sentence)
    result.component = "\n\n".join(" ".join(p) for p in component if p)
    result.prop = "\n\n".join(" ".join(p) for p in prop if p)
    return result


# ---------------------------------------------------------------------------------------- schemas


@dataclass
class _Instance:
    """One object of an example, where it sits and which page field (if any) describes it."""

    pointer: str  # "response#/commitment/owner"
    value: dict[str, Any]
    key: str  # the property it is the value of (for array items: the array's property)
    line: int
    page_field: PageField | None
    parent: str | None  # pointer of the enclosing object
    in_array: bool


@dataclass
class _Union:
    name: str
    line: int  # the field's
    labels: list[str]
    prop: str
    values: dict[str, str]  # label → discriminator value
    descriptions: _Description


@dataclass
class _Root:
    """The schema of a body or response, built from its field list(s) plus its examples."""

    name: str
    description: str
    body_fields: list[PageField] | None = None
    response_fields: list[PageField] | None = None
    examples: list[tuple[str, JsonExample]] = field(default_factory=list)  # (label, example)


class _Builder:
    def __init__(self, source: SourceDocument, page: RenderedPage, known: Mapping[str, Any]) -> None:
        self.source = source
        self.file = str(source.path)
        self.page = page
        self.known: dict[str, Any] = json.loads(json.dumps(known, default=str))  # plain, detached
        self.known_schemas: dict[str, Any] = self.known.get("components", {}).get("schemas", {}) or {}
        self.diagnostics: list[Diagnostic] = list(page.diagnostics)
        self.instances: list[_Instance] = []
        self.names: dict[str, str] = {}  # instance pointer → component name
        self.component_descriptions: dict[str, str] = {}
        self.component_titles: dict[str, str] = {}
        self.shape_named: set[str] = set()
        self.unions: dict[str, _Union] = {}
        self.components: dict[str, Any] = {}
        self.lines: dict[str, int] = {}
        self.param_components: dict[str, Any] = {}
        overrides = source.options.get("schema_names", {})
        self.overrides: dict[str, str] = dict(overrides) if isinstance(overrides, Mapping) else {}
        self.registry: Registry[Any] = Registry().with_resource(
            "urn:specfoundry:known", DRAFT202012.create_resource(self.known)
        )

    def note(self, level: Level, message: str, line: int | None, code: str, fix: str | None = None) -> None:
        self.diagnostics.append(Diagnostic(level, message, self.file, str(line) if line else None, fix, code))

    # -- document
    def build(self) -> dict[str, Any]:
        page = self.page
        roots = self._roots()
        for root in roots.values():
            self._prepare_unions(root)
            for label, example in root.examples:
                self._walk(example, label, root)
        self._name_instances(roots)
        self._check_known_reuse()
        for name in dict.fromkeys(self.names.values()):  # first-appearance order
            if name not in self.known_schemas and name not in roots:
                self.components[name] = self._component(name)
        for union in self.unions.values():
            self._union_component(union)
        for root in roots.values():
            self.components[root.name] = self._root_schema(root)
        operation = self._operation(roots)
        path_item: dict[str, Any] = {}
        parameters = self._parameters()
        if parameters:
            path_item["parameters"] = parameters
        path_item[page.method.lower()] = operation
        document: dict[str, Any] = {"openapi": "3.1.0", "info": self._info()}
        servers = self._servers()
        if servers:
            document["servers"] = servers
        tags = self._tags(operation["tags"][0])
        if tags:
            document["tags"] = tags
        document["paths"] = {page.path: path_item}
        components: dict[str, Any] = {}
        if self.param_components:
            components["parameters"] = self.param_components
        components["schemas"] = dict(sorted(self.components.items()))
        document["components"] = components
        for name, schema in self.components.items():  # only the page's own schemas can collide
            if name in self.known_schemas and self.known_schemas[name] != schema:
                raise SpecFoundryError(
                    f"this page's schema {name!r} differs from the component of that name the earlier pages define",
                    file=self.file,
                    place=str(page.title_line),
                    fix="rename this page's schema with the source option schema_names = {'#' = 'new-name'} "
                    "in api.toml, or reconcile the two with an overlay",
                )
        return document

    def _roots(self) -> dict[str, _Root]:
        """One schema per distinct body/response schema description ('Purchase.' → 'purchase')."""
        page = self.page
        roots: dict[str, _Root] = {}
        operation_id = self._operation_id()

        def root_for(description: str, fallback: str, label: str) -> _Root:
            name = _kebab(description) if _SCHEMA_NAME.match(description) else fallback
            name = self.overrides.get(f"{label}#", self.overrides.get("#", name))
            return roots.setdefault(name, _Root(name=name, description=description))

        if page.body is not None and page.body.fields:
            root = root_for(page.body.schema_description, f"{operation_id}-request", "request")
            root.body_fields = page.body.fields
            if page.curl is not None and page.curl.body is not None:
                root.examples.append(("request", page.curl.body))
        for position, response in enumerate(page.responses):
            if not response.fields:
                continue
            label = "response" if position == 0 else f"response-{response.status}"
            root = root_for(response.schema_description, f"{operation_id}-response-{response.status}", label)
            root.response_fields = (root.response_fields or []) + response.fields
            if position == 0 and page.response_example is not None:  # the page shows the first one's
                root.examples.append(("response", page.response_example))
        return roots

    # -- examples → instances
    def _walk(self, example: JsonExample, label: str, root: _Root) -> None:
        fields = {f.name: f for f in [*(root.body_fields or []), *(root.response_fields or [])]}
        for pointer, line in example.lines.items():
            self.lines[f"{label}#{pointer}"] = line

        def visit(
            value: Any, pointer: str, key: str, page_field: PageField | None, parent: str | None, in_array: bool
        ) -> None:
            full = f"{label}#{pointer}"
            if isinstance(value, dict):
                line = self.lines.get(full, example.line)
                self.instances.append(_Instance(full, value, key, line, page_field, parent, in_array))
                for child_key, child in value.items():
                    child_field = fields.get(child_key) if pointer == "" else None
                    visit(child, f"{pointer}/{_escape(child_key)}", child_key, child_field, full, False)
            elif isinstance(value, list):
                for position, item in enumerate(value):
                    visit(item, f"{pointer}/{position}", key, page_field, parent, True)

        if not isinstance(example.value, dict):
            self.note(
                Level.WARNING, f"the {label} example is not a JSON object; not used", example.line, "example-not-object"
            )
            return
        visit(example.value, "", root.name, None, None, False)
        self.names[f"{label}#"] = root.name
        unknown = [key for key in example.value if key not in fields]
        for key in unknown:
            self.note(
                Level.WARNING,
                f"{label} example has {key!r}, which the field lists do not show; typed from the example",
                self.lines.get(f"{label}#/{_escape(key)}"),
                "example-only-field",
            )

    def _prepare_unions(self, root: _Root) -> None:
        """A field described as 'one of N types: A or B' is a oneOf with a discriminator."""
        for page_field in [*(root.body_fields or []), *(root.response_fields or [])]:
            match = _UNION.search(page_field.description)
            if not match or page_field.name in self.unions:
                continue
            labels = [part for part in re.split(r",\s*|\s+or\s+|\s+and\s+", match.group("labels").strip()) if part]
            described = _split_description(page_field.description, page_field.name, labels)
            values = [
                example.value[page_field.name]
                for _, example in root.examples
                if isinstance(example.value, dict) and isinstance(example.value.get(page_field.name), dict)
            ]
            prop, suffix = "type", ""
            for key in dict.fromkeys(key for value in values for key in value):
                seen = [value.get(key) for value in values]
                starts = [next((lb for lb in labels if isinstance(s, str) and s.startswith(lb)), None) for s in seen]
                if seen and all(starts):
                    prop = key
                    first = seen[0]
                    start = starts[0]
                    assert isinstance(first, str) and start is not None
                    suffix = first[len(start) :]
                    break
            else:
                self.note(
                    Level.WARNING,
                    f"{page_field.name}: no example shows which property tells the "
                    f"{len(labels)} types apart; assuming 'type'",
                    page_field.line,
                    "union-discriminator",
                )
            self.unions[page_field.name] = _Union(
                name=_kebab(page_field.name),
                line=page_field.line,
                labels=labels,
                prop=prop,
                values={label: label + suffix for label in labels},
                descriptions=described,
            )

    def _name_instances(self, roots: Mapping[str, _Root]) -> None:
        """Give each example object a component name, strongest evidence first; unnamed stay inline."""
        for instance in self.instances:  # the page's words, overrides, unions and money shapes
            name = None if instance.pointer in self.names else self._strong_name(instance)
            if name:
                self.names[instance.pointer] = name
        named_keys: dict[str, set[str]] = {}
        for instance in self.instances:
            name = self.names.get(instance.pointer)
            if name and name not in roots:
                named_keys.setdefault(name, set()).update(instance.value)
        for name, schema in self.known_schemas.items():
            if isinstance(schema, Mapping) and isinstance(schema.get("properties"), Mapping):
                named_keys.setdefault(name, set()).update(schema["properties"])
        # The rest is named per position ("purchase/supplier"), so the request's `{"id": 6}` and the
        # response's full supplier get one schema; instances come parents first.
        position: dict[str, str] = {}
        groups: dict[str, list[_Instance]] = {}
        for instance in self.instances:
            parent = instance.parent or ""
            where = self.names.get(parent) or position.get(parent, "")
            position[instance.pointer] = f"{where}/{instance.key}{'[]' if instance.in_array else ''}"
            if instance.pointer not in self.names:
                groups.setdefault(position[instance.pointer], []).append(instance)
        for group in groups.values():  # then structure, then the property name
            merged = _Instance(
                group[0].pointer,
                {k: v for i in group for k, v in i.value.items()},
                group[0].key,
                group[0].line,
                next((i.page_field for i in group if i.page_field), None),
                group[0].parent,
                group[0].in_array,
            )
            name = self._structural_name(merged, group, named_keys) or self._weak_name(merged, roots)
            if name:
                self.names.update((i.pointer, name) for i in group)

    def _strong_name(self, instance: _Instance) -> str | None:
        # Option `schema_names`: {"response#/lines/*": "order-line"}; "#/lines/*" means both examples.
        bare = re.sub(r"/\d+(?=/|$)", "/*", instance.pointer)
        for key in (instance.pointer, bare, bare[bare.index("#") :]):
            if key in self.overrides:
                return self.overrides[key]
        union = self.unions.get(instance.key) if instance.page_field is not None else None
        if union is not None:
            value = instance.value.get(union.prop)
            if isinstance(value, str):
                return _kebab(value)
        if instance.page_field is not None:
            reference = self._page_reference(instance.page_field)
            if reference:
                return reference
        shape = _shape_name(instance.value)
        if shape:
            self.shape_named.add(shape)
        return shape

    def _page_reference(self, page_field: PageField) -> str | None:
        """'Reference to a user.' in the description, or 'Reference to X · object[]' as the type."""
        title = page_field.notation.innermost().title
        candidates = [title] if title else []
        candidates += [s.rstrip(".") for s in _sentences(page_field.description) if _REFERENCE.match(s)]
        for phrase in candidates:
            match = _REFERENCE.match(phrase)
            if not match:
                continue
            for name, schema in self.known_schemas.items():
                if isinstance(schema, Mapping) and phrase.lower() in (
                    str(schema.get("title", "")).lower(),
                    str(schema.get("description", "")).lower().rstrip("."),
                ):
                    return name
            name = f"{_kebab(match.group('noun'))}-reference"
            self.component_titles.setdefault(name, phrase)
            self.component_descriptions.setdefault(name, phrase + ".")
            return name
        return None

    def _structural_name(
        self, merged: _Instance, group: Sequence[_Instance], named: Mapping[str, set[str]]
    ) -> str | None:
        """Reuse a component whose properties cover these keys, if it is the only one and fits."""
        keys = set(merged.value)
        if not keys - _GENERIC_KEYS:
            return None
        fits = [name for name, props in named.items() if keys <= props]
        fits = [
            name for name in fits if name not in self.known_schemas or all(self._conforms(name, i.value) for i in group)
        ]
        return fits[0] if len(fits) == 1 else None

    def _weak_name(self, merged: _Instance, roots: Mapping[str, _Root]) -> str | None:
        noun = _singular(merged.key) if merged.in_array else merged.key
        if {"id", "href"} <= set(merged.value):  # Lucca's references all carry an id and an href
            return f"{_kebab(noun)}-reference"
        parent = self.names.get(merged.parent or "")
        if merged.page_field is not None and parent in roots:  # a field the page lists: name it
            return f"{parent}-{_kebab(noun)}"
        return None

    # -- known components
    def _validator(self, name: str) -> Any:
        return Draft202012Validator(
            {"$ref": f"urn:specfoundry:known#/components/schemas/{name}"}, registry=self.registry
        )

    def _conforms(self, name: str, value: Any) -> bool:
        return not any(True for _ in self._validator(name).iter_errors(value))

    def _check_known_reuse(self) -> None:
        """Reused known components must accept the examples; say where a client would lose data."""
        reported: set[str] = set()
        for instance in self.instances:
            name = self.names.get(instance.pointer)
            if name not in self.known_schemas:
                continue
            assert name is not None
            where = f"{instance.pointer.replace('#', ' example at ')}"
            for error in self._validator(name).iter_errors(instance.value):
                self.note(
                    Level.WARNING,
                    f"{where} does not fit known component {name!r}: {error.message}",
                    instance.line,
                    "known-mismatch",
                )
            props = self.known_schemas[name].get("properties", {})
            extra = [key for key in instance.value if key not in props]
            if extra:
                self.note(
                    Level.WARNING,
                    f"{where} has {extra} that known component {name!r} does not "
                    "declare; generated models would drop them",
                    instance.line,
                    "known-missing-property",
                    f"add them to {name!r} with an overlay",
                )
            for pointer, inner in self._relative_uris(f"#/components/schemas/{name}", instance.value, ""):
                if pointer not in reported:
                    reported.add(pointer)
                    self.note(
                        Level.WARNING,
                        f"{pointer} is `format: uri` but {where}{inner} has a relative "
                        "reference; strict clients would reject it",
                        self.lines.get(instance.pointer + inner, instance.line),
                        "known-href-relative",
                        f"set `format: uri-reference` at {pointer} with an overlay",
                    )

    def _relative_uris(self, pointer: str, value: Any, inner: str) -> Iterator[tuple[str, str]]:
        """(schema pointer, pointer inside the example) of relative references under `format: uri`."""
        schema = self._resolve(pointer)
        if not isinstance(schema, Mapping):
            return
        if "$ref" in schema:
            yield from self._relative_uris(str(schema["$ref"]), value, inner)
        for position in range(len(schema.get("allOf", []))):
            yield from self._relative_uris(f"{pointer}/allOf/{position}", value, inner)
        if isinstance(value, dict):
            for key, child in value.items():
                if key in schema.get("properties", {}):
                    at = f"{pointer}/properties/{_escape(key)}"
                    yield from self._relative_uris(at, child, f"{inner}/{_escape(key)}")
        elif isinstance(value, list) and "items" in schema:
            for position, item in enumerate(value):
                yield from self._relative_uris(f"{pointer}/items", item, f"{inner}/{position}")
        elif isinstance(value, str) and schema.get("format") == "uri" and not _absolute(value):
            yield pointer, inner

    def _resolve(self, pointer: str) -> Any:
        node: Any = self.known
        for part in pointer.removeprefix("#/").split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, Mapping) or part not in node:
                return None
            node = node[part]
        return node

    # -- inferred components
    def _component(self, name: str, line: int | None = None) -> dict[str, Any]:
        instances = [(i.pointer, i.value) for i in self.instances if self.names.get(i.pointer) == name]
        schema: dict[str, Any] = {}
        if name in self.component_titles:
            schema["title"] = self.component_titles[name]
        if name in self.component_descriptions:
            schema["description"] = self.component_descriptions[name]
        schema.update(self._object_schema(instances))
        for prop, kind in _SHAPE_PROPERTY_TYPES.get(name, {}).items():
            if name in self.shape_named and prop in schema.get("properties", {}):
                schema["properties"][prop] = _with_type(schema["properties"][prop], kind)
        if not instances:
            schema["type"] = "object"
            self.note(
                Level.WARNING,
                f"no example shows a {name!r}: its properties are unknown",
                line or self.page.title_line,
                "no-example",
                f"complete components/schemas/{name} with an overlay",
            )
        return schema

    def _object_schema(self, instances: Sequence[tuple[str, Mapping[str, Any]]]) -> dict[str, Any]:
        keys = list(dict.fromkeys(key for _, value in instances for key in value))
        properties = {
            key: self._value_schema(
                [(f"{pointer}/{_escape(key)}", value[key]) for pointer, value in instances if key in value], key
            )
            for key in keys
        }
        return {"type": "object", "properties": properties} if properties else {"type": "object"}

    def _value_schema(self, values: Sequence[tuple[str, Any]], key: str) -> dict[str, Any]:
        present = [(pointer, value) for pointer, value in values if value is not None]
        nullable = len(present) < len(values)
        line = self.lines.get(values[0][0]) if values else None
        if not present:
            schema = self._null_only(key, values[0][0] if values else key, line)
        elif all(isinstance(value, dict) for _, value in present):
            names = {self.names.get(pointer) for pointer, _ in present}
            if names == {None}:
                schema = self._object_schema(present)
            elif len(names) == 1:
                schema = {"$ref": _ref(next(iter(names)) or "")}
            else:
                schema = {"anyOf": [{"$ref": _ref(n)} for n in sorted(n for n in names if n)]}
        elif all(isinstance(value, list) for _, value in present):
            items = [(f"{pointer}/{i}", item) for pointer, value in present for i, item in enumerate(value)]
            schema = {"type": "array", "items": self._value_schema(items, key) if items else {}}
            if not items:
                where = values[0][0].replace("#", " example at ")
                self.note(
                    Level.WARNING,
                    f"{where} is always an empty array: its item schema is left open",
                    line,
                    "empty-array",
                    "give it an item schema with an overlay",
                )
        elif all(not isinstance(value, dict | list) for _, value in present):
            schema = self._scalar_schema([value for _, value in present], key)
        else:
            schema = {"anyOf": [self._value_schema([item], key) for item in present]}
        return _nullable(schema) if nullable else schema

    def _null_only(self, key: str, pointer: str, line: int | None) -> dict[str, Any]:
        where = pointer.replace("#", " example at ")
        guess: dict[str, Any] = {}
        if key.endswith("Date"):
            guess = {"type": "string", "format": "date"}
        elif key.endswith("At"):
            guess = {"type": "string", "format": "date-time"}
        if guess:
            self.note(
                Level.INFO, f"{where} is only ever null; typed {guess['format']} from its name", line, "null-only"
            )
        else:
            self.note(
                Level.WARNING,
                f"{where} is only ever null: its type is unknown",
                line,
                "null-only",
                "type it with an overlay",
            )
        return guess

    @staticmethod
    def _scalar_schema(values: Sequence[Any], key: str) -> dict[str, Any]:
        kinds = {_json_type(value) for value in values}
        if kinds == {"integer", "number"}:
            kinds = {"number"}
        schema: dict[str, Any] = {"type": kinds.pop() if len(kinds) == 1 else sorted(kinds)}
        if schema["type"] == "string":
            fmt = _string_format([str(value) for value in values], key)
            if fmt:
                schema["format"] = fmt
        return schema

    def _union_component(self, union: _Union) -> None:
        if union.name in self.known_schemas:
            return
        mapping: dict[str, str] = {}
        for label in union.labels:
            value = union.values[label]
            name = _kebab(value)
            mapping[value] = _ref(name)
            variant = self.components.get(name)
            if variant is None:  # the page names the variant but shows none of its fields
                variant = {"type": "object"}
                self.note(
                    Level.WARNING,
                    f"the page names a {label} {union.name} but shows neither its fields "
                    f"nor an example: {name!r} only has its '{union.prop}' ({value!r}, inferred from "
                    "the other variant's value)",
                    union.line,
                    "unseen-variant",
                    f"complete components/schemas/{name} with an overlay, or import the page documenting it",
                )
            properties = variant.setdefault("properties", {})
            properties[union.prop] = {"type": "string", "enum": [value]}
            variant["properties"] = {union.prop: properties.pop(union.prop), **properties}
            variant["required"] = [union.prop]
            text = union.descriptions.variants.get(re.sub(r"[^a-z]", "", label.lower()))
            ordered = {"description": text} if text else {}
            self.components[name] = {**ordered, **{k: v for k, v in variant.items() if k != "description"}}
        schema: dict[str, Any] = {}
        if union.descriptions.component:
            schema["description"] = union.descriptions.component
        schema["oneOf"] = [{"$ref": ref} for ref in mapping.values()]
        schema["discriminator"] = {"propertyName": union.prop, "mapping": mapping}
        self.components[union.name] = schema

    # -- the page's own schemas
    def _root_schema(self, root: _Root) -> dict[str, Any]:
        body = {f.name: f for f in root.body_fields or []}
        response = {f.name: f for f in root.response_fields or []}
        both = root.body_fields is not None and root.response_fields is not None
        inferred: dict[str, list[str]] = {"readOnly": [], "writeOnly": []}
        properties: dict[str, Any] = {}
        required: list[str] = []
        for name in _merge_order(list(body), list(response)):
            listed = [f for f in (response.get(name), body.get(name)) if f is not None]
            page_field = listed[0]
            if len(listed) == 2 and (listed[0].type_text, listed[0].description) != (
                listed[1].type_text,
                listed[1].description,
            ):
                self.note(
                    Level.WARNING,
                    f"{name} is shown differently under Body and Response; using the Response one",
                    page_field.line,
                    "field-differs",
                )
            schema, described = self._field_schema(page_field, root)
            read_only, write_only = described.read_only, described.write_only
            if both and not read_only and not write_only:
                # Mintlify hides readOnly fields from Body and writeOnly ones from Response.
                if name not in body:
                    read_only = True
                    inferred["readOnly"].append(name)
                elif name not in response:
                    write_only = True
                    inferred["writeOnly"].append(name)
            extra: dict[str, Any] = {}
            if described.prop:
                extra["description"] = described.prop
            if page_field.deprecated:
                extra["deprecated"] = True
            if page_field.has_default:
                extra["default"] = page_field.default
            if page_field.examples:
                extra["examples"] = page_field.examples
            if read_only:
                extra["readOnly"] = True
            if write_only:
                extra["writeOnly"] = True
            properties[name] = _attach(schema, extra)
            if any(f.required for f in listed):
                required.append(name)
        for flag, names in inferred.items():
            if names:
                where = "Response" if flag == "readOnly" else "Body"
                self.note(
                    Level.INFO,
                    f"{root.name}: {flag} inferred for {', '.join(names)} (listed only under {where})",
                    self.page.title_line,
                    "inferred-access",
                )
        result: dict[str, Any] = {}
        if root.description:
            result["description"] = root.description
        result["type"] = "object"
        if required:
            result["required"] = required
        result["properties"] = properties
        for label, example in root.examples:  # example keys no field list shows are kept, typed
            if isinstance(example.value, dict):
                for key, value in example.value.items():
                    if key not in properties:
                        properties[key] = self._value_schema([(f"{label}#/{_escape(key)}", value)], key)
        self._check_examples(root, result)
        return result

    def _field_schema(self, page_field: PageField, root: _Root) -> tuple[dict[str, Any], _Description]:
        union = self.unions.get(page_field.name)
        labels = union.labels if union else ()
        described = _split_description(page_field.description, page_field.name, labels)
        values = [
            (f"{label}#/{_escape(page_field.name)}", example.value[page_field.name])
            for label, example in root.examples
            if isinstance(example.value, dict) and page_field.name in example.value
        ]
        inner = page_field.notation.innermost()
        if union is not None:
            schema: dict[str, Any] = {"$ref": _ref(union.name)}
        elif inner.kind == "object" and any(v is not None and v != [] for _, v in values):
            schema = self._value_schema(values, page_field.name)
        elif inner.kind == "object":
            reference = self._page_reference(page_field)
            target: dict[str, Any] = {"$ref": _ref(reference)} if reference else {"type": "object"}
            if reference and reference not in self.known_schemas and reference not in self.components:
                self.components[reference] = self._component(reference, page_field.line)
            if not reference:
                self.note(
                    Level.WARNING,
                    f"{page_field.name}: no example shows this object's properties",
                    page_field.line,
                    "no-example",
                )
            schema = _notation_schema(page_field.notation, page_field.options, target)
        else:
            schema = _notation_schema(page_field.notation, page_field.options, {"type": "object"})
            self._cross_check(page_field, schema, values)
        if described.component and not self._place_component_text(schema, described, union):
            described.prop = "\n\n".join(p for p in (described.component, described.prop) if p)
        if _mentions_null(page_field.description) and "null" not in str(schema.get("type")):
            schema = _nullable(schema)
        return schema, described

    def _place_component_text(self, schema: Mapping[str, Any], described: _Description, union: _Union | None) -> bool:
        """Give the referenced schema its share of a description; False when it has no home there."""
        if union is not None:
            return True  # the union component carries it
        target = schema.get("items", schema)
        ref = target.get("$ref") if isinstance(target, Mapping) else None
        if not isinstance(ref, str):
            return False
        name = ref.rsplit("/", 1)[-1]
        if name in self.known_schemas:  # said already by the known component, or kept on the property
            return str(self.known_schemas[name].get("description", "")) == described.component
        current = self.component_descriptions.setdefault(name, described.component)
        if name in self.components and "description" not in self.components[name]:
            self.components[name] = {"description": current, **self.components[name]}
        return current == described.component

    def _cross_check(self, page_field: PageField, schema: Mapping[str, Any], values: Sequence[tuple[str, Any]]) -> None:
        validator = Draft202012Validator(schema)
        for pointer, value in values:
            for error in validator.iter_errors(value):
                self.note(
                    Level.WARNING,
                    f"{page_field.name} is `{page_field.type_text}` but the "
                    f"{pointer.split('#')[0]} example has {value!r}: {error.message}",
                    self.lines.get(pointer, page_field.line),
                    "example-mismatch",
                )

    def _check_examples(self, root: _Root, schema: Mapping[str, Any]) -> None:
        """The page's own examples must fit what was built (refs resolve in known + this page)."""
        document = {"components": {"schemas": {**self.known_schemas, **self.components, root.name: schema}}}
        registry: Registry[Any] = Registry().with_resource(
            "urn:specfoundry:page", DRAFT202012.create_resource(document)
        )
        validator = Draft202012Validator(
            {"$ref": f"urn:specfoundry:page#/components/schemas/{root.name}"}, registry=registry
        )
        for label, example in root.examples:
            for error in validator.iter_errors(example.value):
                if _exempt(error, schema, label):
                    continue
                pointer = "/" + "/".join(_escape(str(p)) for p in error.absolute_path)
                self.note(
                    Level.ERROR,
                    f"the {label} example does not fit the built schema at {pointer}: {error.message}",
                    self.lines.get(f"{label}#{pointer.rstrip('/')}", example.line),
                    "example-invalid",
                )

    # -- operation
    def _operation_id(self) -> str:
        override = self.source.options.get("operation_id")
        if isinstance(override, str):
            return override
        words = [w for w in re.split(r"\s+", self.page.title) if w.lower() not in ("a", "an", "the")]
        return _kebab(" ".join(words))

    def _operation(self, roots: Mapping[str, _Root]) -> dict[str, Any]:
        page = self.page
        operation: dict[str, Any] = {"tags": [self._tag()], "summary": page.title}
        if page.description:
            operation["description"] = page.description
        operation["operationId"] = self._operation_id()
        if page.body is not None:
            request: dict[str, Any] = {}
            if page.body.description:
                request["description"] = page.body.description
            media: dict[str, Any] = {}
            root = next((r for r in roots.values() if r.body_fields is page.body.fields), None)
            if root is not None:
                media["schema"] = {"$ref": _ref(root.name)}
            if page.curl is not None and page.curl.body is not None:
                media["example"] = page.curl.body.value
            request["content"] = {page.body.media_type: media}
            if any(f.required for f in page.body.fields):
                request["required"] = True
            operation["requestBody"] = request
        responses: dict[str, Any] = {}
        for position, block in enumerate(page.responses):
            response: dict[str, Any] = {"description": block.description or block.status}
            if block.media_type:
                media = {}
                if block.fields:
                    name = next(
                        r.name for r in roots.values() if any(f is block.fields[0] for f in r.response_fields or [])
                    )
                    media["schema"] = {"$ref": _ref(name)}
                if position == 0 and page.response_example is not None:
                    media["example"] = page.response_example.value
                response["content"] = {block.media_type: media}
            responses[block.status] = response
        operation["responses"] = responses
        return operation

    def _tag(self) -> str:
        override = self.source.options.get("tag")
        if isinstance(override, str):
            return override
        segments = [s for s in self.page.path.split("/") if s and not s.startswith("{")]
        last = segments[-1] if segments else self.page.title
        for tag in self.known.get("tags", []) or []:
            if isinstance(tag, Mapping) and _kebab(str(tag.get("name", ""))) == _kebab(last):
                return str(tag["name"])
        return "-".join(part.capitalize() for part in _kebab(last).split("-"))

    def _tags(self, tag: str) -> list[dict[str, Any]]:
        names = {t.get("name") for t in self.known.get("tags", []) or [] if isinstance(t, Mapping)}
        return [] if tag in names else [{"name": tag}]

    def _parameters(self) -> list[dict[str, Any]]:
        known_params = self.known.get("components", {}).get("parameters", {}) or {}
        out: list[dict[str, Any]] = []
        declared: set[str] = set()
        for location, fields in self.page.parameters.items():
            for page_field in fields:
                declared.add(page_field.name)
                match = next(
                    (
                        key
                        for key, param in known_params.items()
                        if isinstance(param, Mapping)
                        and param.get("in") == location
                        and _same_name(str(param.get("name", "")), page_field.name, location)
                    ),
                    None,
                )
                if match is not None:
                    if bool(known_params[match].get("required")) != page_field.required:
                        self.note(
                            Level.WARNING,
                            f"{page_field.name}: 'required' differs from known parameter "
                            f"{match!r}; using the known one",
                            page_field.line,
                            "known-mismatch",
                        )
                    out.append({"$ref": f"#/components/parameters/{match}"})
                    continue
                parameter: dict[str, Any] = {"name": page_field.name, "in": location}
                if page_field.description:
                    parameter["description"] = page_field.description
                if page_field.required or location == "path":
                    parameter["required"] = True
                schema = _notation_schema(page_field.notation, page_field.options, {"type": "object"})
                if page_field.has_default:
                    schema["default"] = page_field.default
                parameter["schema"] = schema
                out.append(parameter)
        for name in re.findall(r"\{([^}]+)\}", self.page.path):
            if name not in declared:
                self.note(
                    Level.WARNING,
                    f"path parameter {name!r} is not listed; typed string",
                    self.page.title_line,
                    "path-parameter",
                )
                out.append({"name": name, "in": "path", "required": True, "schema": {"type": "string"}})
        return out

    def _info(self) -> dict[str, Any]:
        if isinstance(self.known.get("info"), Mapping):
            return dict(self.known["info"])  # identical, so merging keeps it
        self.note(
            Level.INFO,
            "the page shows no API title or version; info is a placeholder",
            self.page.title_line,
            "placeholder-info",
        )
        return {"title": self.source.path.stem, "version": "0"}

    def _servers(self) -> list[dict[str, Any]]:
        curl = self.page.curl
        known_servers = [s for s in self.known.get("servers", []) or [] if isinstance(s, Mapping)]
        if curl is None or not curl.url:
            return [dict(s) for s in known_servers]
        parts = urlsplit(curl.url)
        base = f"{parts.scheme}://{parts.netloc}"
        path_prefix = parts.path[: -len(self.page.path)] if parts.path.endswith(self.page.path) else ""
        if not parts.path.endswith(self.page.path) or (curl.method and curl.method != self.page.method):
            self.note(
                Level.WARNING,
                f"the curl example calls {curl.method} {curl.url}, not {self.page.method} {self.page.path}",
                curl.line,
                "curl-differs",
            )
        url = base + path_prefix
        if any(str(s.get("url", "")).rstrip("/") == url.rstrip("/") for s in known_servers):
            return [dict(s) for s in known_servers]
        server: dict[str, Any] = {"url": url}
        variables = re.findall(r"\{([^}]+)\}", url)
        if variables:  # OpenAPI wants defaults the page does not show; the example's URLs may
            host = self._example_host()
            server["variables"] = {v: {"default": host if v == "host" and host else v} for v in variables}
            origin = f"{host!r}, the host of the example's URLs" if host else "placeholders"
            self.note(
                Level.INFO,
                f"server variables {variables} get defaults: {origin}",
                curl.line,
                "server-default",
                "set the real defaults with an overlay",
            )
        return [server]

    def _example_host(self) -> str | None:
        hosts: set[str] = set()

        def visit(value: Any) -> None:
            if isinstance(value, dict):
                for child in value.values():
                    visit(child)
            elif isinstance(value, list):
                for child in value:
                    visit(child)
            elif isinstance(value, str) and _absolute(value):
                hosts.add(urlsplit(value).netloc)

        if self.page.response_example is not None:
            visit(self.page.response_example.value)
        return hosts.pop() if len(hosts) == 1 else None


# ------------------------------------------------------------------------------------------ helpers


def _exempt(error: Any, root: Mapping[str, Any], label: str) -> bool:
    """OpenAPI: a required writeOnly property is required in requests only (readOnly: responses only)."""
    if error.validator != "required" or list(error.absolute_path):
        return False
    flag = "writeOnly" if label == "response" else "readOnly"
    missing = [name for name in error.validator_value if name not in error.instance]
    properties = root.get("properties", {})
    return all(_flag(properties.get(name, {}), flag) for name in missing)


def _flag(schema: Mapping[str, Any], flag: str) -> bool:
    return bool(schema.get(flag)) or any(_flag(part, flag) for part in schema.get("allOf", []))


def _ref(name: str) -> str:
    return f"#/components/schemas/{name}"


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string"


def _absolute(value: str) -> bool:
    parts = urlsplit(value)
    return bool(parts.scheme) and bool(parts.netloc)


def _string_format(values: Sequence[str], key: str) -> str | None:
    if key.lower().endswith("template") and all(_TEMPLATE_VAR.search(v) for v in values):
        return "uri-template"
    if key.lower().endswith("href"):
        if all(_absolute(v) for v in values):
            return "uri"
        if all(not re.search(r"\s", v) for v in values):
            return "uri-reference"  # relative references ("/api/natures/1") are not URIs
    for pattern, name in ((_DATE, "date"), (_DATE_TIME, "date-time"), (_UUID, "uuid")):
        if all(pattern.match(v) for v in values):
            return name
    return None


def _with_type(schema: Mapping[str, Any], kind: str) -> dict[str, Any]:
    kinds = schema.get("type")
    nullable = isinstance(kinds, list) and "null" in kinds
    return {**schema, "type": [kind, "null"] if nullable else kind}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema or "allOf" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    kinds = schema.get("type")
    if kinds is None:
        return schema  # no type constraint: null is allowed already
    kinds = list(kinds) if isinstance(kinds, list) else [kinds]
    return {**schema, "type": [*kinds, "null"] if "null" not in kinds else kinds}


def _mentions_null(description: str) -> bool:
    return bool(re.search(r"\b(?:null|nullable)\b", description))


def _notation_schema(notation: TypeNotation, options: Sequence[str], object_schema: dict[str, Any]) -> dict[str, Any]:
    """Schema for a rendered type; `object_schema` stands for the (example-derived) object."""
    if notation.kind == "array":
        assert notation.items is not None
        return {"type": "array", "items": _notation_schema(notation.items, options, object_schema)}
    if notation.kind == "enum":
        kind = notation.enum_type or "string"
        values: list[Any] = [_typed(o, TypeNotation(kind=kind, text=kind)) for o in options]
        return {"type": kind, "enum": values} if values else {"type": kind}
    if notation.kind == "object":
        return dict(object_schema)
    if notation.kind == "any":
        return {}
    if notation.kind == "union":
        members = [m for m in notation.members if m.kind != "null"]
        inner = [_notation_schema(m, options, object_schema) for m in members]
        schema = inner[0] if len(inner) == 1 else {"anyOf": inner}
        return _nullable(schema) if len(members) < len(notation.members) else schema
    schema = {"type": notation.kind}
    if notation.format:
        schema["format"] = notation.format
    return schema


def _attach(schema: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Property-level keywords next to a $ref go in an allOf wrapper, as Lucca's own spec writes them."""
    if not extra:
        return schema
    if "$ref" in schema:
        return {"allOf": [schema, dict(extra)]}
    description = {"description": extra["description"]} if "description" in extra else {}
    return {**description, **schema, **extra}


def _merge_order(body: list[str], response: list[str]) -> list[str]:
    """Body and Response show the same schema filtered; rebuild one order (`ownerId` before `owner`)."""
    order = list(response)
    for position, name in enumerate(body):
        if name in order:
            continue
        partner = re.sub(r"Ids$", "s", name) if name.endswith("Ids") else re.sub(r"Id$", "", name)
        successor = next((n for n in body[position + 1 :] if n in response), None)
        target = partner if partner != name and partner in order else successor
        order.insert(order.index(target) if target else len(order), name)
    return order


def _same_name(known: str, page: str, location: str) -> bool:
    return known.lower() == page.lower() if location == "header" else known == page


def import_mintlify_rendered(source: SourceDocument, known: Mapping[str, Any]) -> ImportResult:
    """Import one rendered Mintlify page; `known` holds the components earlier pages defined."""
    page = parse_page(source)
    builder = _Builder(source, page, known)
    document = builder.build()
    return ImportResult(document=document, diagnostics=builder.diagnostics)
