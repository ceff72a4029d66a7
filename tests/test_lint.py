"""Lint: openapi-spec-validator plus our own rules (unknown formats with the closest fix, stray quotes)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.config import load_api
from generator.curate.lint import has_errors, lint
from generator.importers import KNOWN_FORMATS, import_sources
from generator.importers.base import SourceDocument
from generator.importers.mintlify_export import import_mintlify_export
from generator.yamlio import load_yaml

LUCCA = Path(__file__).resolve().parents[1] / "specs" / "lucca-invoices"


def uncurated() -> dict[str, Any]:
    source = LUCCA / "sources" / "import-cost-centers.md"
    return import_mintlify_export(SourceDocument(source, source.read_text(encoding="utf-8")), {}).document


def test_uncurated_import_reports_the_format_typo_with_its_fix() -> None:
    findings = lint(uncurated(), file="import")
    formats = [item for item in findings if item.code == "unknown-format"]
    assert len(formats) == 1
    assert formats[0].message == "unknown format 'int3é'"
    assert formats[0].fix == "use format 'int32'"
    assert formats[0].place is not None and formats[0].place.endswith("/properties/failedValidation/format")
    assert has_errors(findings)


def test_uncurated_import_reports_the_stray_quote() -> None:
    quotes = [item for item in lint(uncurated(), file="import") if item.code == "stray-quote"]
    assert [item.place for item in quotes] == [
        "/components/schemas/cost-center/properties/establishmentIds/description"
    ]


def test_committed_curated_spec_lints_clean() -> None:
    document = load_yaml((LUCCA / "openapi.yaml").read_text(encoding="utf-8"), file="openapi.yaml")
    assert lint(document, file="openapi.yaml") == []


def test_suggestion_fits_the_schema_type() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "when": {"type": "string", "format": "date-tme"},
                "size": {"type": "number", "format": "doubel"},
                "odd": {"type": "string", "format": "zzzzzz"},
            }
        },
    }
    fixes = {item.place: item.fix for item in lint(document, file="x")}
    assert fixes["/components/schemas/when/format"] == "use format 'date-time'"
    assert fixes["/components/schemas/size/format"] == "use format 'double'"
    assert "registered format" in (fixes["/components/schemas/odd/format"] or "")


def test_example_payloads_are_not_linted_as_schemas() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"x": {"type": "object", "example": {"format": "whatever"}}}},
    }
    assert lint(document, file="x") == []


def test_structural_errors_come_from_openapi_spec_validator() -> None:
    document = {"openapi": "3.1.0", "info": {"title": "t"}, "paths": {}}
    findings = lint(document, file="x")
    assert [item.code for item in findings] == ["openapi-schema"]
    assert "version" in findings[0].message


def _spec_with_example(version: str, example: object, nullable: bool = False) -> dict[str, Any]:
    amount: dict[str, Any] = {"type": "number"}
    if nullable:
        amount = {"type": "number", "nullable": True} if version.startswith("3.0") else {"type": ["number", "null"]}
    return {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {
                "get": {
                    "operationId": "get-x",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/thing"},
                                    "example": example,
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "thing": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "integer"},
                        "amount": amount,
                        "secret": {"type": "string", "writeOnly": True},
                    },
                }
            }
        },
    }


def test_examples_that_contradict_their_schema_are_flagged() -> None:
    for version in ("3.0.3", "3.1.0"):
        findings = lint(_spec_with_example(version, {"id": "seven"}), file="x")
        assert [item.code for item in findings] == ["example-mismatch"], version
        assert "at id: 'seven' is not of type 'integer'" in findings[0].message
        assert findings[0].place == "/paths/~1x/get/responses/200/content/application~1json/example"
        assert findings[0].level.value == "warning"


def test_valid_examples_pass_including_nulls_and_missing_write_only_fields() -> None:
    for version in ("3.0.3", "3.1.0"):
        assert lint(_spec_with_example(version, {"id": 7, "amount": None}, nullable=True), file="x") == [], version


def _spec_with_schemas(schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }


def test_properties_on_a_scalar_schema_are_flagged_where_they_are() -> None:
    """How Widdershins printed Simpro's webhook-event enum (nested rows under a string): a warning naming the
    place, the type and the properties no tool will read; objects and untyped schemas are left alone."""
    spec = _spec_with_schemas(
        {
            "Event": {"type": "string", "properties": {"Events": {"type": "string"}}},
            "MaybeCount": {"type": ["integer", "null"], "properties": {"a": {}, "b": {}}},
            "Thing": {"type": "object", "properties": {"Events": {"type": "string"}}},
            "Loose": {"properties": {"Events": {"type": "string"}}},
            "Empty": {"type": "string", "properties": {}},
        }
    )
    found = [item for item in lint(spec, file="spec.yaml") if item.code == "scalar-with-properties"]
    assert [(item.place, item.message) for item in found] == [
        ("/components/schemas/Event/properties", "a string schema lists properties (Events), which no tool reads"),
        ("/components/schemas/MaybeCount/properties", "an integer schema lists properties (a, b), which no tool reads"),
    ]
    assert not has_errors(found)  # legal OpenAPI: a warning, the run goes on


def test_the_simpro_import_shows_the_webhook_event_artifact_before_curation() -> None:
    """The full Simpro reference, imported without overlays: the two webhook-event schemas the rendering
    artifact produced are found; the curated spec (overlays applied) has none."""
    root = Path(__file__).parents[1]
    api = load_api(root / "specs" / "simpro", KNOWN_FORMATS)
    imported = import_sources(api.sources, folder=api.folder).document
    found = [item.place for item in lint(imported, file="s") if item.code == "scalar-with-properties"]
    assert found == [
        "/components/schemas/WebhookSubscriptionCreateEvent/properties",
        "/components/schemas/WebhookSubscriptionEvent/properties",
    ]
    curated = load_yaml((root / "specs/simpro/openapi.yaml").read_text("utf-8"), file="s")
    assert not [item for item in lint(curated, file="s") if item.code == "scalar-with-properties"]
