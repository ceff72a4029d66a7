"""Swagger 2.0 → OpenAPI 3.0 with swagger2openapi (npm, package.json), run as a child process.

No maintained converter exists on PyPI; swagger2openapi is the one the OpenAPI tooling world relies on
(Redoc, Widdershins, oas-kit). It gets the already-parsed document on stdin (so it reads no file and, with
`resolve: false`, fetches nothing), patches fixable defects and reports them, which become warnings here.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from generator.errors import Diagnostic, Level, SpecFoundryError, shown

SCRIPT = Path(__file__).with_name("swagger2openapi.js")
TIMEOUT_SECONDS = 120.0


def convert_swagger2(document: dict[str, Any], *, file: Path) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The OpenAPI 3.0 form of a Swagger 2.0 `document` read from `file`, and the converter's warnings."""
    node = shutil.which("node")
    if node is None:
        raise SpecFoundryError(
            "converting a Swagger 2.0 document needs Node.js (swagger2openapi), which is not installed",
            file=file,
            place="/swagger",
            fix="install Node.js and run `npm ci` in the SpecFoundry checkout, or give an OpenAPI 3 document",
        )
    try:
        finished = subprocess.run(
            [node, str(SCRIPT)],
            input=json.dumps(document),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise SpecFoundryError(
            f"swagger2openapi did not finish converting the document within {TIMEOUT_SECONDS:.0f} s",
            file=file,
            fix="convert it yourself (`npx swagger2openapi`) and give the OpenAPI 3 result as the source",
        ) from None
    reports = [_report(line) for line in finished.stderr.splitlines() if line.strip()]
    if finished.returncode != 0:
        errors = [text for kind, text, _ in reports if kind == "error"] or [finished.stderr.strip()[-500:]]
        missing = "Cannot find module" in finished.stderr
        raise SpecFoundryError(
            f"swagger2openapi cannot convert the document: {shown(errors[0], 300)}",
            file=file,
            fix="run `npm ci` in the SpecFoundry checkout (swagger2openapi is in package.json)"
            if missing
            else "fix the Swagger 2.0 document at the place named (openapi-spec-validator cannot read Swagger 2.0)",
        )
    diagnostics = [
        Diagnostic(
            Level.WARNING,
            f"swagger2openapi patched the document while converting it: {shown(text, 300)}",
            file=str(file),
            place=place or "/swagger",
            fix="nothing to do unless the patch is wrong; then fix the source document",
            code="swagger2-patched",
        )
        for kind, text, place in reports
        if kind == "warning"
    ]
    return json.loads(finished.stdout), diagnostics


def _report(line: str) -> tuple[str, str, str]:
    """(kind, message, JSON pointer) from one line the script wrote on stderr."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError:
        return ("other", line, "")
    if not isinstance(item, dict):
        return ("other", line, "")
    kind = "error" if "error" in item else "warning"
    return (kind, str(item.get(kind, "")), str(item.get("pointer", "")))
