"""Golden Markdown, JSON and CHANGELOG renderings of the Lucca change set, and the JSON schema.

Regenerate the golden files with `UPDATE_GOLDEN=1 pytest tests/drift/test_report.py`, then review the diff:
the files are the expected output, not a snapshot to accept blindly.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from ruamel.yaml import YAML

from generator.drift import (
    SCHEMA_ID,
    DriftReport,
    compare_surfaces,
    diff_specs,
    read_surface,
    render_changelog_entry,
    render_json,
    render_markdown,
)
from generator.drift.report import SCHEMA_PATH, load_schema
from generator.drift.symbols import link_symbols
from tests.drift.conftest import lucca_pair
from tests.drift.test_cases import CASE_FILES, _spec

GOLDEN = Path(__file__).parent / "golden"
STALE = [
    "overlays/fix-typos.yaml action 2 (`$.components.schemas['cost-center'].properties.establishmentIds"
    ".description`): the target matches nothing any more; remove the action.",
]


@pytest.fixture(scope="module")
def lucca_report(lucca_packages: tuple[Path, Path]) -> DriftReport:
    old, new = lucca_pair()
    before, after = read_surface(lucca_packages[0]), read_surface(lucca_packages[1])
    changes = link_symbols(diff_specs(old, new), old, new, before, after)
    return DriftReport.build("lucca-invoices", "1.0.0", changes, compare_surfaces(before, after), STALE)


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs; see the module docstring to update it"


def test_markdown_golden(lucca_report: DriftReport) -> None:
    _golden("lucca-drift.md", render_markdown(lucca_report))


def test_json_golden(lucca_report: DriftReport) -> None:
    _golden("lucca-drift.json", render_json(lucca_report))


def test_changelog_golden(lucca_report: DriftReport) -> None:
    _golden("lucca-changelog-entry.md", render_changelog_entry(lucca_report))


def test_lucca_report_content(lucca_report: DriftReport) -> None:
    """What the golden files must say, independent of wording."""
    assert lucca_report.new_version == "2.0.0"
    assert [(c.id, c.level.value) for c in lucca_report.changes] == [
        ("api-path-removed-without-deprecation", "breaking"),
        ("response-property-enum-value-added", "breaking"),
        ("response-property-renamed", "breaking"),
        ("request-property-enum-value-added", "non-breaking"),
        ("response-property-format-corrected", "non-breaking"),
    ]
    enum_changes = [c for c in lucca_report.changes if c.id.endswith("enum-value-added")]
    assert {c.place for c in enum_changes} == {"#/components/schemas/cost-center-state"}
    assert all(c.new == "Archived" for c in enum_changes)


def _validator() -> Draft202012Validator:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_json_matches_its_schema(lucca_report: DriftReport) -> None:
    document = json.loads(render_json(lucca_report))
    assert document["schema"] == SCHEMA_ID
    errors = sorted(_validator().iter_errors(document), key=str)
    assert not errors, [error.message for error in errors]


def test_every_case_renders_valid_json() -> None:
    """All the changes the case suite produces, in one report, fit the schema and render everywhere."""
    yaml = YAML(typ="safe")
    changes = []
    for path in CASE_FILES:
        case: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"))
        changes += diff_specs(_spec(case["old"]), _spec(case["new"]))
    report = DriftReport.build("cases", "0.9.0", changes)
    assert report.new_version == "1.0.0"
    errors = list(_validator().iter_errors(json.loads(render_json(report))))
    assert not errors, [error.message for error in errors[:5]]
    markdown = render_markdown(report)
    assert all(f"`{change.id}`" in markdown for change in changes)
    assert "## Documentation changes" in markdown and "## Warnings: review these" in markdown
    assert render_changelog_entry(report).startswith("## 1.0.0\n")


def test_empty_report() -> None:
    report = DriftReport.build("simpro", "3.2.1", [])
    assert report.new_version == "3.2.1"
    assert "No changes. The version stays **3.2.1**." in render_markdown(report)
    document = json.loads(render_json(report))
    assert document["version"] == {"old": "3.2.1", "new": "3.2.1", "bump": "none"}
    assert not list(_validator().iter_errors(document))


def test_markdown_cells_are_escaped() -> None:
    old = _spec({"paths": {"/a": {"get": {"summary": "a | b", "responses": {"200": {"description": "ok"}}}}}})
    new = _spec({"paths": {"/a": {"get": {"summary": "a || b", "responses": {"200": {"description": "ok"}}}}}})
    markdown = render_markdown(DriftReport.build("x", "1.0.0", diff_specs(old, new)))
    row = next(line for line in markdown.splitlines() if "api-summary-changed" in line)
    assert len(re.findall(r"(?<!\\)\|", row)) == 6  # five cells: the summaries' pipes are escaped
    assert "`a \\| b`" in row


def test_schema_file_is_where_the_report_module_says() -> None:
    assert SCHEMA_PATH.name == "drift.schema.json" and SCHEMA_PATH.is_file()
    assert load_schema()["properties"]["schema"]["const"] == SCHEMA_ID
