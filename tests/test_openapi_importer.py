"""The `openapi` source format: OpenAPI 3.x YAML or JSON as is, Swagger 2.0 through swagger2openapi."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.errors import SpecFoundryError
from generator.formats import judge_format
from generator.importers.base import SourceDocument
from generator.importers.openapi import import_openapi

SWAGGER = {
    "swagger": "2.0",
    "info": {"title": "t", "version": "1"},
    "paths": {"/a": {"get": {"responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/X"}}}}}},
    "definitions": {"X": {"type": "object"}},
}


def source(tmp_path: Path, name: str, text: str) -> SourceDocument:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return SourceDocument(path, text)


def test_yaml_and_json_documents_are_read_as_they_are(tmp_path: Path) -> None:
    document = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}
    assert import_openapi(source(tmp_path, "a.json", json.dumps(document)), {}).document == document
    yaml = "openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\npaths: {}\n"
    assert import_openapi(source(tmp_path, "a.yaml", yaml), {}).document == document


def test_swagger_2_is_converted_to_openapi_3(tmp_path: Path) -> None:
    result = import_openapi(source(tmp_path, "s.json", json.dumps(SWAGGER)), {})
    assert result.document["openapi"].startswith("3.0")
    assert result.document["components"]["schemas"]["X"] == {"type": "object"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"openapi": "3.0.0", "openapi": "3.1.0"}', "appears twice"),
        ('{"openapi": ', "malformed JSON"),
        ('{"openapi": "2.5"}', "not supported"),
        ("[1, 2]", "not an OpenAPI document"),
    ],
)
def test_unreadable_documents_are_one_clear_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(SpecFoundryError, match=message) as raised:
        import_openapi(source(tmp_path, "bad.json", text), {})
    assert raised.value.fix


@pytest.mark.parametrize(
    ("fmt", "types", "typo", "suggestion"),
    [
        ("int3é", {"integer"}, True, "int32"),
        ("phone-number", {"string"}, None, None),
        ("OrganizationSid", {"string"}, False, None),
        ("UUID", {"string"}, False, "uuid"),
        ("datetime", {"string"}, False, "date-time"),
    ],
)
def test_format_verdicts(fmt: str, types: set[str], typo: bool | None, suggestion: str | None) -> None:
    verdict = judge_format(fmt, types)
    if typo is None:
        assert verdict is None
    else:
        assert verdict is not None and (verdict.typo, verdict.suggestion) == (typo, suggestion)
