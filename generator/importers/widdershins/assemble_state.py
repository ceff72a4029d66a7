"""The state every layer of the Widdershins builder shares: the page's outline, its diagnostics, and
what earlier operations leave to later ones (request bodies by example, security scheme uses)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.errors import Diagnostic, Level, SpecFoundryError
from generator.importers.widdershins.outline import Page
from generator.importers.widdershins.security import Use


class BuilderState:
    """The page being assembled and where its diagnostics go."""

    def __init__(self, file: Path, page: Page, diagnostics: list[Diagnostic]) -> None:
        self.file = file
        self.undefined_schemes: list[tuple[str, int]] = []  # used, defined on no page read so far
        self.page = page
        self.diagnostics = diagnostics
        # request bodies seen so far, by example, to recognise an array body's items (see _body)
        self.bodies: list[tuple[Any, dict[str, Any]]] = []
        self.security_uses: list[Use] = []  # in page order

    def warn(self, message: str, line: int, code: str, fix: str | None = None) -> None:
        self.diagnostics.append(
            Diagnostic(Level.WARNING, message, file=str(self.file), place=str(line), fix=fix, code=code)
        )

    def error(self, message: str, line: int, fix: str) -> SpecFoundryError:
        return SpecFoundryError(message, file=self.file, place=str(line), fix=fix)
