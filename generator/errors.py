"""Errors and diagnostics shared by every pipeline stage.

A `SpecFoundryError` is the one way a stage reports bad input: it names the file, the place in it and
the fix, and the CLI prints it as a single message with a non-zero exit (never a traceback).
A `Diagnostic` is something a stage noticed but could work around (a warning, a stale overlay action).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any


class SpecFoundryError(Exception):
    """Bad input: one clear message naming the file, the place and the fix.

    When a stage finds several problems at once, `diagnostics` holds every one of them (each with its own
    file, place and fix) and the message is their summary; `render` prints them all.
    """

    def __init__(
        self,
        message: str,
        *,
        file: Path | str | None = None,
        place: str | None = None,
        fix: str | None = None,
        diagnostics: Iterable[Diagnostic] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = str(file) if file is not None else None
        self.place = place
        self.fix = fix
        self.diagnostics = tuple(diagnostics)

    @classmethod
    def from_diagnostics(
        cls, summary: str, diagnostics: Iterable[Diagnostic], *, file: Path | str | None = None, fix: str | None = None
    ) -> SpecFoundryError:
        """One error for several problems; a single problem is raised as itself (it names its file)."""
        found = tuple(diagnostics)
        if len(found) == 1:
            only = found[0]
            return cls(only.message, file=only.file, place=only.place, fix=only.fix)
        return cls(f"{summary} ({len(found)} problem(s))", file=file, fix=fix, diagnostics=found)

    def as_diagnostics(self) -> list[Diagnostic]:
        """This error as diagnostics, for a command that reports every file's problems and goes on."""
        if self.diagnostics:
            return list(self.diagnostics)
        return [Diagnostic(Level.ERROR, self.message, file=self.file, place=self.place, fix=self.fix)]

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only fields: rebuild explicitly, so the error crosses process boundaries intact.
        return (_rebuild_error, (self.message, self.file, self.place, self.fix, self.diagnostics))

    def render(self) -> str:
        location = ""
        if self.file and self.place:
            location = f"{self.file}:{self.place}: "
        elif self.file:
            location = f"{self.file}: "
        elif self.place:
            location = f"{self.place}: "
        text = f"error: {location}{self.message}"
        if self.fix:
            text += f"\n  fix: {self.fix}"
        for item in grouped(self.diagnostics):
            text += "\n" + item.render()
        if len(self.diagnostics) > 1:
            text += f"\nin all: {tally(self.diagnostics)}"
        return text

    def __str__(self) -> str:
        return self.render()


def _rebuild_error(
    message: str, file: str | None, place: str | None, fix: str | None, diagnostics: tuple[Diagnostic, ...] = ()
) -> SpecFoundryError:
    return SpecFoundryError(message, file=file, place=place, fix=fix, diagnostics=diagnostics)


def shown(value: object, limit: int = 100) -> str:
    """A vendor value as messages show it: quoted, control characters escaped, long values cut short.

    Vendor text is untrusted; printed raw it could forge lines of our output or drive the terminal."""
    text = repr(value) if isinstance(value, str) else repr(str(value))
    return text if len(text) <= limit else f"{text[: limit - 4]}...{text[0]}"


_STAGING = re.compile(r"\.specfoundry-staging-[^/\\]+[/\\]")


def terminal_safe(text: str) -> str:
    """A message for a terminal: vendor text in it cannot send escape sequences, reorder the line with
    bidirectional controls or crash the print with a lone surrogate. Line breaks and tabs stay."""
    return "".join(
        character
        if character in "\n\t" or unicodedata.category(character) not in UNPRINTABLE_CATEGORIES
        else ascii(character)[1:-1]
        for character in text
    )


# Characters never shown raw, in messages or in generated source: controls, format characters (bidirectional
# overrides), surrogates, private-use and unassigned code points, line and paragraph separators.
UNPRINTABLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def unstaged(text: str) -> str:
    """Paths inside a run's staging folder, as the user will find them once outputs are swapped in."""
    return _STAGING.sub("", text)


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Diagnostic:
    """Something a stage noticed: where (file, line or JSON path), what, and how to fix it."""

    level: Level
    message: str
    file: str | None = None
    place: str | None = None
    fix: str | None = None
    code: str = ""

    def render(self) -> str:
        where = ":".join(part for part in (self.file, self.place) if part)
        text = f"{self.level.value}: {where + ': ' if where else ''}{self.message}"
        if self.code:
            text = f"{text} [{self.code}]"
        if self.fix:
            text += f"\n  fix: {self.fix}"
        return text


def tally(diagnostics: Iterable[Diagnostic]) -> str:
    """`33 error(s) (path-parameter-absent 20, path-parameter-undeclared 13), 65 warning(s) (…)`: how many
    problems of each kind a run found, so a reader sees the shape of a long list before reading it."""
    listed = list(diagnostics)
    parts = []
    for level in (Level.ERROR, Level.WARNING):
        found = [item for item in listed if item.level is level]
        kinds = Counter(item.code or "other" for item in found)
        detail = ", ".join(f"{code} {count}" for code, count in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
        parts.append(f"{len(found)} {level.value}(s)" + (f" ({detail})" if found else ""))
    return ", ".join(parts)


_LEVEL_ORDER = {Level.ERROR: 0, Level.WARNING: 1, Level.INFO: 2}


def grouped(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Errors first, then warnings, each kind together; document order within a kind."""
    return sorted(diagnostics, key=lambda item: (_LEVEL_ORDER[item.level], item.code))
