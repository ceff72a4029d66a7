"""A plain OpenAPI document → itself: OpenAPI 3.0 or 3.1, YAML or JSON; Swagger 2.0 is converted first.

Most vendors publish their API this way. The document is read like every other vendor document (size
budget and UTF-8 by generator.textfiles, nesting and alias budgets by generator.yamlio, duplicate keys
refused); the caller (generator.importers) checks its shape and bundles its relative `$ref`s. Swagger 2.0
goes through swagger2openapi (generator.importers.swagger2), the converter the OpenAPI tooling world uses.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from generator.errors import SpecFoundryError, shown
from generator.importers.base import ImportResult, SourceDocument
from generator.importers.swagger2 import convert_swagger2
from generator.shape import describe
from generator.yamlio import load_yaml


def import_openapi(source: SourceDocument, known: Mapping[str, Any]) -> ImportResult:
    """`known` is unused: a complete document defines its own components."""
    document = _parse(source)
    if not isinstance(document, dict):
        raise SpecFoundryError(
            f"the document holds {describe(document)}, not an OpenAPI document",
            file=source.path,
            fix="give the API's OpenAPI (or Swagger 2.0) document itself, a mapping with an 'openapi' key",
        )
    swagger = document.get("swagger")
    if "openapi" not in document and swagger is not None:
        if str(swagger) != "2.0":
            raise SpecFoundryError(
                f"Swagger version {shown(str(swagger))} is not supported",
                file=source.path,
                place="/swagger",
                fix="use the vendor's OpenAPI 3 or Swagger 2.0 document",
            )
        converted, diagnostics = convert_swagger2(document, file=source.path)
        return ImportResult(document=converted, diagnostics=diagnostics)
    version = str(document.get("openapi", ""))
    if not version.startswith(("3.0", "3.1")):
        raise SpecFoundryError(
            f"OpenAPI version {shown(version) if version else '(none)'} is not supported",
            file=source.path,
            place="/openapi",
            fix="give an OpenAPI 3.0 or 3.1 document (or a Swagger 2.0 one, which is converted)",
        )
    return ImportResult(document=document)


def _parse(source: SourceDocument) -> Any:
    """JSON through the json module (ten times faster than a YAML parser on large documents, and exact
    about JSON's own syntax); anything else as YAML within the budgets."""
    if source.path.suffix.lower() != ".json" and not source.text.lstrip().startswith("{"):
        return load_yaml(source.text, file=str(source.path))
    try:
        return json.loads(source.text, object_pairs_hook=_refuse_duplicates)
    except json.JSONDecodeError as error:
        raise SpecFoundryError(
            f"malformed JSON: {error.msg}",
            file=source.path,
            place=f"{error.lineno}:{error.colno}",
            fix="correct the JSON syntax at that line and column",
        ) from None
    except _DuplicateKey as error:
        raise SpecFoundryError(
            f"malformed JSON: the key {shown(error.key)} appears twice in one object",
            file=source.path,
            fix="keep one of the two: which value was meant cannot be known",
        ) from None


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """JSON parsers keep the last of two equal keys; YAML refuses them. Refuse here too: same rule."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result
