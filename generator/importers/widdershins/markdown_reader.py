"""A cursor over a Widdershins page's lines (`Reader`), and the lines every part of the page shares:
headings, the parts that end a table row, fences, pipe tables and free text."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from generator.errors import Diagnostic, Level, SpecFoundryError
from generator.importers.widdershins.outline import Fence, Row, Table, Text

_H1_MARKDOWN = re.compile(r"^# (?P<text>.+)$")
H1_HTML = re.compile(r'^<h1 id="(?P<id>[^"]*)">(?P<text>.*)</h1>$')
H2 = re.compile(r"^## (?P<text>.+)$")
H3 = re.compile(r'^<h3 id="(?P<slug>.*)-(?P<kind>parameters|responses|responseschema)">(?P<title>[^<]*)</h3>$')
STATUS_CODE = re.compile(r"^Status Code \*\*(?P<status>.+)\*\*$")
_FENCE_OPEN = re.compile(r"^```(?P<lang>\S*)$")

EXAMPLE_RESPONSES = "> Example responses"
ENUMERATED_VALUES = "#### Enumerated Values"
RESPONSE_HEADERS = "### Response Headers"
CALLBACKS = "### Callbacks"


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
        H3.match(text) is not None
        or text.startswith("<aside class=")
        or H2.match(text) is not None
        or heading_text(text) is not None
        or STATUS_CODE.match(text) is not None
        or text in (ENUMERATED_VALUES, RESPONSE_HEADERS, CALLBACKS, EXAMPLE_RESPONSES)
    )


def _cells(text: str) -> list[str]:
    inner = text[1:-1] if text.endswith("|") else text[1:]
    return inner.split("|")


def heading_text(line: str) -> str | None:
    """The text of an h1 in either form Widdershins output takes (`# X` after splitting, `<h1 id>`)."""
    match = H1_HTML.match(line) or _H1_MARKDOWN.match(line)
    return match.group("text") if match else None
