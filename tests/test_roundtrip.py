"""Round trip through the real Widdershins 4.0.1: every operation of the Simpro pages comes back identical."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecFoundryError
from generator.roundtrip import (
    FileRoundTrip,
    format_report,
    references,
    renderable,
    roundtrip_markdown,
    split_blocks,
)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "simpro-docs"
SEED = SHARED / "seeds" / "simpro-invoice-cost-centers.md"
FIXTURES = REPO / "tests" / "fixtures" / "widdershins"
WIDDERSHINS = REPO / "node_modules" / ".bin" / "widdershins"

# The sections the importer was first built on; the whole reference (322 files) is issue #10's round trip.
SLICE = (
    "00-overview.md",
    "companies.md",
    "cost_centers.md",
    "customer_invoices.md",
    "invoice_cost_centers.md",
    "invoices.md",
    "job_cost_center_one_off_items.md",
    "job_cost_centers.md",
    "job_invoice_custom_fields.md",
    "simpro_rest_api.md",
)
PAGES = [
    SEED,
    *(CORPUS / name for name in SLICE),
    FIXTURES / "constructs.md",
    FIXTURES / "tiny.md",
    FIXTURES / "components.md",
]
OPERATIONS = {
    "simpro-invoice-cost-centers.md": 2,
    "00-overview.md": 0,
    "companies.md": 3,
    "cost_centers.md": 5,
    "customer_invoices.md": 2,
    "invoice_cost_centers.md": 2,
    "invoices.md": 5,
    "job_cost_center_one_off_items.md": 6,
    "job_cost_centers.md": 6,
    "job_invoice_custom_fields.md": 3,
    "simpro_rest_api.md": 0,
    "constructs.md": 6,
    "tiny.md": 1,
    "components.md": 1,
}


@pytest.fixture(scope="module")
def results() -> dict[str, FileRoundTrip]:
    assert WIDDERSHINS.is_file(), "Widdershins is not installed: run `npm ci`"
    assert SEED.is_file() and len(PAGES) == len(OPERATIONS), f"the tests read the Simpro pages from {SHARED}"
    return {result.path.name: result for result in roundtrip_markdown(PAGES, WIDDERSHINS)}


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_every_operation_comes_back_identical(results: dict[str, FileRoundTrip], name: str) -> None:
    result = results[name]
    assert result.total == OPERATIONS[name]
    differing = [operation.diff or operation.name for operation in result.operations if not operation.identical]
    assert not differing, "\n".join(differing)
    assert result.rebuilt == result.identical == result.total
    assert result.unexpected == ()
    assert all(section.identical for section in result.sections), [s.diff for s in result.sections if not s.identical]
    assert result.ok


def test_sections_are_compared_too(results: dict[str, FileRoundTrip]) -> None:
    """Tag introductions, the page title and the Authentication section come back identical as well."""
    assert [s.name for s in results["companies.md"].sections] == ["# Companies"]
    assert [s.name for s in results["simpro_rest_api.md"].sections] == ["# Simpro Rest API v1.0"]
    assert [s.name for s in results["constructs.md"].sections] == [
        "# Fixture API v2.5",
        "# Authentication",
        "# Pets",
        "# Stores",
    ]


def test_a_difference_is_reported_with_a_diff() -> None:
    """Lines the importer cannot place are missing from the rebuilt operation: the round trip says so."""
    [result] = roundtrip_markdown([FIXTURES / "tiny-stray-lines.md"], WIDDERSHINS)
    assert (result.total, result.rebuilt, result.identical, result.different) == (1, 1, 0, 1)
    assert not result.ok
    [operation] = result.operations
    assert "-Widgets are cached for a minute." in operation.diff.splitlines()
    assert "-|Colour|Red|" in operation.diff.splitlines()
    assert {d.code for d in result.diagnostics} >= {"widdershins-unplaced", "widdershins-enum-unplaced"}
    report = format_report([result], diffs=True)
    assert "tiny-stray-lines.md: operation 0123456789abcdef0123456789abcdef differs" in report
    assert "-|Colour|Red|" in report


def test_format_report_is_a_per_file_table(results: dict[str, FileRoundTrip]) -> None:
    report = format_report([results["simpro-invoice-cost-centers.md"], results["companies.md"]])
    lines = report.splitlines()
    assert lines[0].split() == [
        "file",
        "operations",
        "rebuilt",
        "identical",
        "different",
        "sections",
        "same",
        "import",
        "ms",
    ]
    assert lines[2].split()[:6] == ["simpro-invoice-cost-centers.md", "2", "2", "2", "0", "1/1"]
    assert lines[3].split()[:6] == ["companies.md", "3", "3", "3", "0", "1/1"]
    assert lines[5].split()[:6] == ["total", "5", "5", "5", "0", "2/2"]
    assert len(lines) == 6  # nothing differs: no diff lines


def test_missing_widdershins_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SpecFoundryError) as raised:
        roundtrip_markdown([SEED], tmp_path / "node_modules" / ".bin" / "widdershins")
    assert "Widdershins is not installed" in raised.value.message
    assert raised.value.fix is not None and "npm ci" in raised.value.fix


def test_renderable_expands_components_back_in_place() -> None:
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "paths": {"/a": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {
            "schema": {"type": "array", "items": {"$ref": "#/components/schemas/A"}}}}}}}}},
        "components": {
            "schemas": {
                "A": {"type": "object", "properties": {"b": {"description": "Use.", "nullable": True,
                                                             "allOf": [{"$ref": "#/components/schemas/B"}]}}},
                "B": {"type": "object", "properties": {"c": {"type": "string"}}},
            },
            "securitySchemes": {"key": {"type": "apiKey", "name": "K", "in": "header"}},
        },
    }  # fmt: skip
    rendered = renderable(document)
    schema = rendered["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["items"]["properties"]["b"] == {
        "type": "object",
        "properties": {"c": {"type": "string"}},
        "description": "Use.",
        "nullable": True,
    }
    assert rendered["components"] == {"securitySchemes": document["components"]["securitySchemes"]}
    assert rendered["info"] == {"title": "Round trip", "version": "0"}  # sections have no title
    assert "schemas" in document["components"]  # the input is left alone


def test_blocks_end_at_headings_outside_code_fences() -> None:
    text = (
        '# Tag\n\nIntro\n\n## op1\n\n```shell\n# comment\n## not a heading\n```\n\nBody\n\n\n<h1 id="x-y">Next</h1>\n'
    )
    operations, sections = split_blocks(text)
    assert operations.order == ["op1"]
    assert operations.text["op1"] == "## op1\n\n```shell\n# comment\n## not a heading\n```\n\nBody"
    assert sections.order == ["# Tag", "# Next"]  # `<h1 id>` and `# ` headings read the same
    assert sections.text["# Tag"] == "# Tag\n\nIntro"


def test_a_file_that_fails_is_a_reported_failure_not_an_abort() -> None:
    """A page the importer refuses fails alone: the other pages still go round, and the report says why."""
    broken, fine = FIXTURES / "tiny-truncated-row.md", FIXTURES / "tiny.md"
    failed, passed = roundtrip_markdown([broken, fine], WIDDERSHINS)
    assert failed.error.startswith("import failed:") and "not closed by '|'" in failed.error
    assert (failed.total, failed.rebuilt, failed.identical) == (1, 0, 0)  # its operation counts, not rebuilt
    assert not failed.ok
    assert passed.ok and passed.total == 1
    report = format_report([failed, passed])
    assert "tiny-truncated-row.md: FAILED, import failed:" in report
    [totals] = [line.split() for line in report.splitlines() if line.startswith("total ")]
    assert totals[:5] == ["total", "2", "1", "1", "1"]


def test_sections_of_one_folder_are_one_reference_and_a_whole_reference_goes_alone() -> None:
    pages = [CORPUS / "00-overview.md", FIXTURES / "constructs.md", CORPUS / "companies.md", FIXTURES / "tiny.md"]
    texts = {path: path.read_text(encoding="utf-8") for path in pages}
    assert references(pages, texts) == [
        [CORPUS / "00-overview.md", CORPUS / "companies.md"],
        [FIXTURES / "constructs.md"],  # the API title and operations: a whole reference
        [FIXTURES / "tiny.md"],
    ]


def test_the_whole_simpro_reference_goes_round() -> None:
    """All 322 files of the reference, imported together and rendered by one Widdershins run: every one of
    the 1,324 operations and every section (the `# Schemas` section of vendor_contact_custom_fields.md
    among them) comes back byte for byte."""
    files = sorted(CORPUS.glob("*.md"))
    assert len(files) == 322, f"the tests read the whole Simpro reference from {CORPUS}"
    results = roundtrip_markdown(files, WIDDERSHINS)
    failed = [f"{r.path.name}: {r.error}" for r in results if r.error]
    assert not failed, failed
    assert sum(r.total for r in results) == 1324
    differing = [f"{r.path.name} {o.name}" for r in results for o in r.operations if not o.identical]
    assert not differing, differing
    assert all(r.ok for r in results)
    assert sum(len(r.sections) for r in results) == 322
