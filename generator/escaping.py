"""The one way vendor text reaches generated files: an escaping filter per output language.

Every string that comes from a spec, an overlay or `api.toml` is data. Templates receive such strings
wrapped in `VendorText`, which refuses to turn into text by itself (`str()` raises), so a template line
that interpolates one without a filter fails the render instead of writing code. The filters below are
the only way out, one per place the text lands:

    py_str      a Python string literal, quotes included (repr: evaluates back to the exact string)
    py_doc      text inside a triple-quoted docstring (evaluates back to the exact string)
    py_comment  text on one `#` comment line
    toml_str    a TOML basic string, quotes included
    md          inline Markdown text (a paragraph, a heading, a table cell)
    md_code     an inline code span (`table=True` inside a table cell)
    md_message  a sentence quoting names in backticks, as drift reports write them
    md_fence    a fenced code block
    py_ident    a Python identifier (snake_case, never a keyword or a reserved name)

The same functions are plain Python for code that builds text outside templates.
"""

from __future__ import annotations

import keyword
import re
import textwrap
import unicodedata
from collections.abc import Iterable
from typing import Any

import jinja2

from generator.errors import UNPRINTABLE_CATEGORIES


class UnescapedVendorText(jinja2.TemplateError):
    """A template wrote vendor text without an escaping filter."""


class VendorText:
    """A string from a vendor document, an overlay or api.toml, on its way into a template.

    It compares and tests like its value (`{% if x %}`, `x == "a"`, `x in names`), but only the escaping
    filters can write it out.
    """

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value: str = _plain(value)

    def __str__(self) -> str:
        raise UnescapedVendorText(
            f"vendor text {self.value[:40]!r} reached a template without an escaping filter "
            "(py_str, py_doc, py_comment, toml_str, md, md_code, md_fence, py_ident)"
        )

    def __repr__(self) -> str:
        return f"VendorText({self.value!r})"

    def __bool__(self) -> bool:
        return bool(self.value)

    def __eq__(self, other: object) -> bool:
        try:
            return self.value == _plain(other)
        except TypeError:
            return False

    def __hash__(self) -> int:
        return hash(self.value)


def vendor(value: Any) -> Any:
    """Wrap every string inside `value` (dicts, lists, tuples walked) as VendorText; None stays None."""
    if isinstance(value, str):
        return VendorText(value)
    if isinstance(value, dict):
        return {key: vendor(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [vendor(item) for item in value]
    return value


def text_of(value: Any) -> str:
    """The exact text of a VendorText, an UntrustedString or a str: for Python code, never for templates."""
    return _plain(value)


def _plain(value: Any) -> str:
    """The exact text of a VendorText, an openapi-python-client UntrustedString, or a str (subclasses too)."""
    if isinstance(value, VendorText):
        return value.value
    untrusted = getattr(value, "get_untrusted_value", None)
    if callable(untrusted):
        value = untrusted()
    if isinstance(value, str):
        return str.__str__(value)  # a str subclass's own __str__ or __repr__ must not get a say
    raise TypeError(f"expected text, got {type(value).__name__}")


def _unsafe(character: str) -> bool:
    return unicodedata.category(character) in UNPRINTABLE_CATEGORIES


def _python_escape(character: str) -> str:
    code = ord(character)
    if code <= 0xFF:
        return {"\r": "\\r", "\x0b": "\\x0b", "\x0c": "\\x0c"}.get(character, f"\\x{code:02x}")
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def py_str(value: Any) -> str:
    """A Python string literal that evaluates to exactly `value`."""
    return repr(_plain(value))


def py_doc(value: Any, width: int | None = None, indent: int = 0) -> str:
    """Text for the inside of a `\"\"\"docstring\"\"\"` that evaluates to exactly `value`.

    Backslashes are doubled (so `\\N{` or `\\x` stay text), unsafe characters become escapes, and a double
    quote is escaped where it could join the docstring's own quotes (next to another quote, or last).
    `width` wraps the text first (at spaces only, so no escape is ever cut), `indent` indents the lines
    after the first.
    """
    text = _plain(value)
    if width is not None:
        text = "\n".join(
            textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False) for line in text.split("\n")
        )
    escaped = _docstring_escape(text)
    return escaped.replace("\n", "\n" + " " * indent) if indent else escaped


def _docstring_escape(text: str) -> str:
    out = []
    for index, character in enumerate(text):
        if character == "\\":
            out.append("\\\\")
        elif character == '"' and (
            index == len(text) - 1 or text[index + 1] == '"' or (index > 0 and text[index - 1] == '"')
        ):
            out.append('\\"')
        elif character in "\n\t":
            out.append(character)
        elif _unsafe(character) or character == "\r":
            out.append(_python_escape(character))
        else:
            out.append(character)
    return "".join(out)


_LINE_BREAKS = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def py_comment(value: Any) -> str:
    """Text for one `#` comment line: line breaks become spaces, unsafe characters visible escapes."""
    text = _LINE_BREAKS.sub(" ", _plain(value))
    return "".join(_python_escape(character) if _unsafe(character) else character for character in text)


def toml_str(value: Any) -> str:
    """A TOML basic string (quotes included) holding `value`; surrogates, which TOML cannot hold, become U+FFFD."""
    out = ['"']
    for character in _plain(value):
        code = ord(character)
        if character == '"':
            out.append('\\"')
        elif character == "\\":
            out.append("\\\\")
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\ufffd")
        elif code < 0x20 or code == 0x7F or _unsafe(character):
            out.append(f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}")
        else:
            out.append(character)
    out.append('"')
    return "".join(out)


# ASCII punctuation that starts Markdown or HTML structure inline; CommonMark lets a backslash escape any
# ASCII punctuation, so escaping these keeps the text literal.
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([#+\-=>]|\d+[.)])")


def _markdown_safe_characters(text: str) -> str:
    text = _LINE_BREAKS.sub(" ", text.replace("\t", " "))
    text = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else " " if _unsafe(c) else c for c in text)
    return text


def md(value: Any, line_start: bool = False) -> str:
    """Inline Markdown that renders as exactly this text, on one line: no links, emphasis, HTML or table breaks.
    `line_start=True` where the text begins a line, so it cannot start a heading, list or quote either."""
    text = _MARKDOWN_INLINE.sub(r"\\\1", _markdown_safe_characters(_plain(value)))
    if not line_start:
        return text
    return _MARKDOWN_LINE_START.sub(lambda match: f"{match.group(1)}\\{match.group(2)}", text)


def md_code(value: Any, table: bool = False) -> str:
    """An inline code span showing this text; in a table cell (`table=True`) pipes are escaped as GFM asks."""
    text = _markdown_safe_characters(_plain(value))
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    if text.startswith("`") or text.endswith("`") or not text.strip():
        text = f" {text} "
    if table:
        text = text.replace("|", "\\|")
    return f"{fence}{text}{fence}"


def md_message(value: Any, table: bool = False) -> str:
    """A sentence that quotes names in backticks ("property `id` removed"): the quoted names become code
    spans that show them literally, the rest inline text; one line (`table=True` inside a table cell)."""
    pieces = re.split(r"(`[^`]*`)", _plain(value))
    return "".join(
        md_code(piece[1:-1], table=table) if index % 2 else md(piece) for index, piece in enumerate(pieces) if piece
    )


def md_fence(value: Any, language: str = "") -> str:
    """A fenced code block (fence included) holding this text, with a fence longer than any backtick run."""
    text = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in _plain(value)).strip("\n")
    longest = max((len(run) for run in re.findall(r"`{3,}", text)), default=2)
    fence = "`" * (longest + 1)
    return f"{fence}{language}\n{text}\n{fence}"


def py_ident(value: Any, reserved: Iterable[str] = ()) -> str:
    """A snake_case Python identifier for this name: never empty, a keyword, a builtin-shadowing soft
    keyword, or one of `reserved` (those get a trailing underscore, the way `class` becomes `class_`)."""
    text = unicodedata.normalize("NFKC", _plain(value))
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"[^0-9A-Za-z_]+", "_", text).strip("_").lower()
    text = re.sub(r"_+", "_", text) or "value"
    if text[0].isdigit():
        text = f"v_{text}"
    taken = set(reserved)
    while keyword.iskeyword(text) or keyword.issoftkeyword(text) or text in taken or text in _RESERVED_NAMES:
        text += "_"
    return text


# Names generated code uses for itself: a vendor name equal to one would shadow it.
_RESERVED_NAMES = frozenset({"self", "cls", "client", "kwargs", "args", "httpx", "typing", "datetime"})

FILTERS = {
    "py_str": py_str,
    "py_doc": py_doc,
    "py_comment": py_comment,
    "toml_str": toml_str,
    "md": md,
    "md_code": md_code,
    "md_message": md_message,
    "md_fence": md_fence,
    "py_ident": py_ident,
}


def install(environment: jinja2.Environment) -> jinja2.Environment:
    """Register the escaping filters on a template environment."""
    environment.filters.update(FILTERS)
    return environment
