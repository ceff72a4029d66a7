"""What a generator skipped, as diagnostics naming the operation or schema and its JSON pointer.

openapi-python-client leaves out what it cannot render (an `application/xml`-only body, a schema shape it
does not support) and reports it; the package it builds is still whole for everything else. That is a
warning for the run, not a failure (`--strict` makes it one): users get a client for the rest of the API.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from generator.errors import Diagnostic, Level

_ENDPOINT = re.compile(r"WARNING parsing (?P<method>[A-Z]+) (?P<path>\S+) within")
_SCHEMA_NAME = re.compile(r"Unable to process schema (?P<name>.+?):")
_SCHEMA_REF = re.compile(r"#?/components/schemas/(?P<name>[^\s/]+)")


def engine_diagnostics(errors: Iterable[Any], *, file: str, text: Any) -> list[Diagnostic]:
    """openapi-python-client's GeneratorErrors → warnings; `text` renders its values safely for messages."""
    found: list[Diagnostic] = []
    for error in errors:
        header = " ".join(text(error.header).split())
        detail = " ".join(text(error.detail).split())
        endpoint = _ENDPOINT.search(header)
        schema = _SCHEMA_NAME.search(header) or _SCHEMA_REF.search(detail)
        if endpoint:
            what = f"operation {endpoint['method']} {endpoint['path']} was left out of the client"
            place = _pointer("paths", endpoint["path"], endpoint["method"].lower())
        elif schema:
            what = f"schema {schema['name']} was left out of the client (with what uses it)"
            place = _pointer("components", "schemas", schema["name"])
        else:
            what = f"openapi-python-client skipped part of the spec: {header}"
            place = None
        found.append(
            Diagnostic(
                Level.WARNING,
                f"{what}: {detail or header}"[:600],
                file=file,
                place=place,
                fix="curate that part with an overlay into a shape openapi-python-client supports (or remove it); "
                "`--strict` makes this an error",
                code="client-skipped",
            )
        )
    return found


def _pointer(*parts: str) -> str:
    return "/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)
