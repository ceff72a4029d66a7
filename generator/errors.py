"""Errors and diagnostics shared by every pipeline stage.

A `SpecFoundryError` is the one way a stage reports bad input: it names the file, the place in it and
the fix, and the CLI prints it as a single message with a non-zero exit (never a traceback).
A `Diagnostic` is something a stage noticed but could work around (a warning, a stale overlay action).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any


class SpecFoundryError(Exception):
    """Bad input: one clear message naming the file, the place and the fix."""

    def __init__(
        self,
        message: str,
        *,
        file: Path | str | None = None,
        place: str | None = None,
        fix: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = str(file) if file is not None else None
        self.place = place
        self.fix = fix

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only fields: rebuild explicitly, so the error crosses process boundaries intact.
        return (_rebuild_error, (self.message, self.file, self.place, self.fix))

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
        return text

    def __str__(self) -> str:
        return self.render()


def _rebuild_error(message: str, file: str | None, place: str | None, fix: str | None) -> SpecFoundryError:
    return SpecFoundryError(message, file=file, place=place, fix=fix)


_STAGING = re.compile(r"\.specfoundry-staging-[^/\\]+[/\\]")


def terminal_safe(text: str) -> str:
    """A message for a terminal: vendor text in it cannot send escape sequences, reorder the line with
    bidirectional controls or crash the print with a lone surrogate. Line breaks and tabs stay."""
    return "".join(
        character
        if character in "\n\t" or unicodedata.category(character) not in _UNPRINTABLE
        else ascii(character)[1:-1]
        for character in text
    )


_UNPRINTABLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


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
