"""Writing plain data as YAML: exactly the bytes ruamel.yaml's round-trip dumper writes with our settings, ~30x faster.

ruamel's emitter is a general event state machine in pure Python: 7 s for the 3.9 MB curated Simpro spec. What
the pipeline writes is simpler: str-keyed dicts, lists and scalars, in block style, one line per value. For that
shape the layout comes down to the few rules of `_Writer`, and each scalar's style is ruamel's own decision (its
resolver: would the plain text read back as something else? its `Emitter.analyze_scalar`: may it be plain or
quoted?), taken once per distinct string. `write_yaml` raises `Unsupported` for anything it cannot vouch for byte
for byte, and generator.yamlio lets ruamel write that document.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.emitter import Emitter
from ruamel.yaml.nodes import ScalarNode

WIDTH = 4096  # ruamel's line width for the curated spec: it folds only lines that reach it
# A scalar whose line would end past this column goes to ruamel (the margin keeps us clear of where it folds).
MAX_LINE = 4000
MAX_DEPTH = 100  # deeper documents go to ruamel (which recurses too); loaded ones nest at most MAX_NESTING (64)
# ruamel writes a key as an explicit "? key" entry (the value after ":" on the next line) from 128 characters
# on, counting the "!!str" tag it does not write: from 123 characters of text.
_SIMPLE_KEY_LENGTH = 128 - len("!!str")
_STR = "tag:yaml.org,2002:str"
_OTHER_SCALARS = (bool, int, float, datetime.date, datetime.datetime)


class Unsupported(Exception):
    """The document holds something whose ruamel output this writer does not reproduce."""


def round_trip_yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = False
    yaml.width = WIDTH  # never fold: one line per value keeps diffs readable and stable
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


# What YAML 1.1 readers (libyaml) take for line breaks besides \n and \r, plus the byte-order mark.
_YAML_LINE_BREAKS = "\x85\u2028\u2029\ufeff"


def string_style(text: str) -> str:
    """The style the curated spec imposes on a string: "|" (literal block), '"' (double-quoted) or "" (ruamel's
    choice).

    Multi-line descriptions stay readable as literal blocks, when a literal block can hold them exactly: no
    trailing spaces, nothing YAML reads as a line break or refuses raw. Anything else is written double-quoted,
    with escapes, so the curated spec always reads back as exactly what was written."""
    if "\n" in text and _literal_block_safe(text):
        return "|"
    if any(not c.isprintable() or c in _YAML_LINE_BREAKS for c in text):
        return '"'  # the only style that escapes them
    return ""


def _literal_block_safe(text: str) -> bool:
    if text.startswith((" ", "\n")) or any(line != line.rstrip() for line in text.split("\n")):
        return False
    return all(
        character == "\n" or (character.isprintable() and character not in _YAML_LINE_BREAKS) for character in text
    )


# What ruamel's double-quoted writer escapes (with allow_unicode): quotes, backslashes, line breaks, the BOM
# and whatever is outside the printable ranges.
_ESCAPED = re.compile('["\\\\\x85\u2028\u2029\ufeff]|[^\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]')


def _escape(match: re.Match[str]) -> str:
    character = match.group()
    if character in Emitter.ESCAPE_REPLACEMENTS:
        return "\\" + Emitter.ESCAPE_REPLACEMENTS[character]
    code = ord(character)
    return f"\\x{code:02X}" if code <= 0xFF else f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"


def _double_quoted(text: str) -> str:
    return '"' + _ESCAPED.sub(_escape, text) + '"'


def write_yaml(document: Any) -> str:
    """The YAML text ruamel's round-trip dumper (`round_trip_yaml`, styles of `string_style`) writes for a
    non-empty str-keyed dict; `Unsupported` when that cannot be guaranteed."""
    if not isinstance(document, dict) or not document:
        raise Unsupported("the root is not a non-empty mapping")
    writer = _Writer()
    writer.mapping(document, 0, "", 0)
    if writer.ends_open(document):
        writer.out.append("...\n")  # ruamel closes a document that ends in a "|+" block, whose blank lines count
    return "".join(writer.out)


class _Writer:
    """ruamel's block layout with mapping indent 2, sequence indent 4 and dash offset 2; every element ends its
    own line:

        key: scalar               a scalar after "key: " (None: "key:" alone; empty collections {} and [])
        key:
          nested: mapping         a mapping value's keys at the key's column + 2
        key:
          - item                  a sequence value's dashes at the key's column + 2 (None: "- " alone)
          - first: mapping        an item's content at the dash's column + 2
            second: key
          -   - inner             a sequence in a sequence: its dashes at the outer dash's column + 4
        ? key of 123 characters or more
        : value                   after ":" as an item after its dash (None: ":" alone)
        text: |-
          literal block           its lines at the content column, blank lines empty
    """

    def __init__(self) -> None:
        yaml = round_trip_yaml()
        self._resolve = yaml.resolver.resolve
        self._analyze = yaml.emitter.analyze_scalar
        self._represent = yaml.representer.represent_data
        self._strings: dict[str, str] = {}  # text → its inline form ("" for a literal block: inline is never empty)
        self._keys: dict[str, str] = {}  # text → "key:"
        self._others: dict[tuple[type, str], str] = {}  # (type, repr) → the plain text of a non-string scalar
        self.out: list[str] = []

    def mapping(self, mapping: dict[Any, Any], column: int, lead: str, depth: int) -> None:
        """Keys at `column`; `lead` precedes the first key on its line (what follows a dash, or the indent)."""
        if depth > MAX_DEPTH:
            raise Unsupported("nested too deep")
        write = self.out.append
        pad = " " * column
        for index, (key, value) in enumerate(mapping.items()):
            key_text = self._keys.get(key) if type(key) is str else None
            if key_text is None:
                key_text = self._key(key)
            if key_text[-1] == "\n":  # a long key: "? key", then ":" on the next line introduces the value
                if column + len(key_text) > MAX_LINE:
                    raise Unsupported("a line long enough for ruamel to fold")
                write((pad if index else lead) + key_text + pad + ":")
                self._after_indicator(value, column, depth, "\n")
                continue
            write((pad if index else lead) + key_text)
            kind = type(value)
            if kind is str:
                write(" " + self._string(value, column + len(key_text) + 1, column + 2))
            elif value is None:
                write("\n")
            elif isinstance(value, dict):
                if value:
                    write("\n")
                    self.mapping(value, column + 2, " " * (column + 2), depth + 1)
                else:
                    write(" {}\n")
            elif isinstance(value, list):
                if value:
                    write("\n")
                    self.sequence(value, column + 2, " " * (column + 2), depth + 1)
                else:
                    write(" []\n")
            else:
                write(" " + self._other(value, column + len(key_text) + 1))

    def sequence(self, sequence: list[Any], dash: int, lead: str, depth: int) -> None:
        """Dashes at `dash`; `lead` precedes the first dash on its line."""
        if depth > MAX_DEPTH:
            raise Unsupported("nested too deep")
        write = self.out.append
        pad = " " * dash
        for index, item in enumerate(sequence):
            write((pad if index else lead) + "-")
            self._after_indicator(item, dash, depth, " \n")

    def _after_indicator(self, value: Any, column: int, depth: int, none: str) -> None:
        """A sequence item after its dash, or a long key's value after its ":", the indicator at `column`."""
        write = self.out.append
        kind = type(value)
        if kind is str:
            write(" " + self._string(value, column + 2, column + 2))
        elif value is None:
            write(none)
        elif isinstance(value, dict):
            if value:
                self.mapping(value, column + 2, " ", depth + 1)
            else:
                write(" {}\n")
        elif isinstance(value, list):
            if value:
                self.sequence(value, column + 4, "   ", depth + 1)
            else:
                write(" []\n")
        else:
            write(" " + self._other(value, column + 2))

    def _string(self, text: str, column: int, indent: int) -> str:
        """A string value from `column` through the end of its line (of its last line, for a literal block)."""
        inline = self._strings.get(text)
        if inline is None:
            inline = self._strings[text] = self._inline(text)
        if not inline:
            return self._literal(text, indent)
        if column + len(inline) > MAX_LINE:
            raise Unsupported("a line long enough for ruamel to fold")
        return inline + "\n"

    def _inline(self, text: str) -> str:
        style = string_style(text)
        if style == "|":
            return ""
        return _double_quoted(text) if style == '"' else self._chosen(text, key=False)

    def _chosen(self, text: str, *, key: bool) -> str:
        """ruamel's `Emitter.choose_scalar_style` for a string in block context, and the text it writes. The
        strings that reach here (see `string_style`) are printable and hold no line break, so no writer folds
        them or breaks their line (lines are kept below the width)."""
        analysis = self._analyze(text)
        reads_as_string = self._resolve(ScalarNode, text, (True, False)) == _STR
        if reads_as_string and analysis.allow_block_plain and not (key and (analysis.empty or analysis.multiline)):
            return text
        if analysis.allow_double_quoted and ("'" in text or "\n" in text):
            return _double_quoted(text)
        if analysis.allow_single_quoted and not (key and analysis.multiline):
            return "'" + text.replace("'", "''") + "'"
        return _double_quoted(text)

    def _key(self, key: Any) -> str:
        """ "key:", or "? key\n" for a key too long for ruamel to write as a simple key."""
        if type(key) is not str:
            raise Unsupported("a key that is not a string")
        style = string_style(key)
        if style == "|" or any(character in key for character in "\n\x85\u2028\u2029"):
            raise Unsupported("a multi-line key")  # ruamel writes it as an explicit "? |-" block
        simple = len(key) < _SIMPLE_KEY_LENGTH
        text = _double_quoted(key) if style == '"' else self._chosen(key, key=simple)
        self._keys[key] = text = text + ":" if simple else "? " + text + "\n"
        return text

    def _literal(self, text: str, indent: int) -> str:
        # ruamel's block hints: "-" strips the final line break, "+" keeps the trailing blank lines
        hint = "-" if text[-1] != "\n" else "+" if text.endswith("\n\n") else ""
        lines = text.split("\n")
        if text.endswith("\n"):
            lines.pop()
        pad = " " * indent
        return "|" + hint + "\n" + "".join(pad + line + "\n" if line else "\n" for line in lines)

    def _other(self, value: Any, column: int) -> str:
        """A bool, number or date: plain, as ruamel's representer writes it; other types go to ruamel."""
        kind = type(value)
        if kind not in _OTHER_SCALARS:
            raise Unsupported(f"a value of type {kind.__name__}")
        memo = (kind, repr(value))
        text = self._others.get(memo)
        if text is None:
            node = self._represent(value)
            text = node.value
            analysis = self._analyze(text)
            reads_back = self._resolve(ScalarNode, text, (True, False)) == node.tag
            if node.style is not None or not reads_back or analysis.empty or not analysis.allow_block_plain:
                raise Unsupported(f"{value!r} would need a tag or quotes")
            self._others[memo] = text
        if column + len(text) > MAX_LINE:
            raise Unsupported("a line long enough for ruamel to fold")
        return text + "\n"

    def ends_open(self, document: Any) -> bool:
        """Whether the last thing written is a "|+" literal block (ruamel then ends the document with "...")."""
        last = document
        while isinstance(last, dict | list) and last:
            last = next(reversed(last.values())) if isinstance(last, dict) else last[-1]
        return type(last) is str and self._strings.get(last) == "" and last.endswith("\n\n")
