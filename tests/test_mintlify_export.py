"""Mintlify page-export importer and the merge of several pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SpecFoundryError
from generator.importers.base import SourceDocument
from generator.importers.merge import merge_documents
from generator.importers.mintlify_export import import_mintlify_export

FIXTURES = Path(__file__).parent / "fixtures" / "lucca"
SEED = Path(__file__).resolve().parents[1] / "specs" / "lucca-invoices" / "sources" / "import-cost-centers.md"
IMPORT_PATH = "/cleemy-procurement/services/imports/costcenters"


def page(path: Path) -> SourceDocument:
    return SourceDocument(path=path, text=path.read_text(encoding="utf-8"))


def text_page(text: str, name: str = "page.md") -> SourceDocument:
    return SourceDocument(path=Path(name), text=text)


def test_source_copy_is_the_seed_as_captured(shared_dir: Path) -> None:
    assert SEED.read_bytes() == (shared_dir / "seeds" / "lucca-import-cost-centers.md").read_bytes()


def test_extracts_the_operation_and_components_from_the_seed() -> None:
    document = import_mintlify_export(page(SEED), {}).document
    assert document["openapi"] == "3.1.0"
    operation = document["paths"][IMPORT_PATH]["post"]
    assert operation["operationId"] == "import-cost-centers"
    assert document["paths"][IMPORT_PATH]["parameters"] == [{"$ref": "#/components/parameters/Authorization"}]
    assert set(document["components"]["schemas"]) == {
        "import-mode",
        "cost-center-state",
        "cost-center",
        "problem",
        "user-reference",
        "establishment-reference",
    }
    # the vendor's typos arrive untouched: fixing them is curation's job
    response = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert response["properties"]["failedValidation"]["format"] == "int3é"


def test_merges_two_pages_that_share_components() -> None:
    seed = import_mintlify_export(page(SEED), {}).document
    second = import_mintlify_export(page(FIXTURES / "list-cost-centers.md"), {}).document
    merged = merge_documents([("import-cost-centers.md", seed), ("list-cost-centers.md", second)])
    assert set(merged["paths"]) == {IMPORT_PATH, "/cleemy-procurement/api/costcenters"}
    assert (
        merged["components"]["schemas"]["establishment-reference"]
        == seed["components"]["schemas"]["establishment-reference"]
    )
    assert list(merged["components"]["parameters"]) == ["Authorization"]
    # the merge copies: neither page's document is modified
    assert "/cleemy-procurement/api/costcenters" not in seed["paths"]


def test_conflicting_component_names_both_pages_and_the_component() -> None:
    seed = import_mintlify_export(page(SEED), {}).document
    changed = import_mintlify_export(page(FIXTURES / "list-cost-centers.md"), {}).document
    changed["components"]["schemas"]["cost-center-state"]["enum"].append("Archived")
    with pytest.raises(SpecFoundryError) as raised:
        merge_documents([("import-cost-centers.md", seed), ("list-cost-centers.md", changed)])
    message = raised.value.render()
    assert "components/schemas/cost-center-state" in message
    assert "'import-cost-centers.md'" in message and "'list-cost-centers.md'" in message


def test_the_same_operation_on_two_pages_must_agree() -> None:
    seed = import_mintlify_export(page(SEED), {}).document
    other = import_mintlify_export(page(SEED), {}).document
    other["paths"][IMPORT_PATH]["post"]["summary"] = "Something else"
    with pytest.raises(SpecFoundryError, match=r"operation POST .*costcenters differs"):
        merge_documents([("a.md", seed), ("b.md", other)])


def test_page_without_openapi_block_is_a_clear_error() -> None:
    with pytest.raises(SpecFoundryError) as raised:
        import_mintlify_export(text_page("# Title\n\nJust prose.\n", "prose.md"), {})
    assert raised.value.file == "prose.md"
    assert "no OpenAPI block" in raised.value.message
    assert raised.value.fix


def test_malformed_yaml_reports_line_and_column_in_the_page() -> None:
    text = "# T\n\n````yaml /spec.yaml get /x\nopenapi: 3.1.0\ninfo:\n  title: [unclosed\n  version: 1\n````\n"
    with pytest.raises(SpecFoundryError) as raised:
        import_mintlify_export(text_page(text, "broken.md"), {})
    line, column = raised.value.place.split(":")  # type: ignore[union-attr]
    # the error is reported in page coordinates (the block starts on line 4), near the unclosed bracket
    assert 6 <= int(line) <= 8
    assert int(column) >= 1
    assert "malformed YAML" in raised.value.message


def test_unclosed_fence_is_reported_as_truncated() -> None:
    text = "# T\n\n````yaml /spec.yaml get /x\nopenapi: 3.1.0\n"
    with pytest.raises(SpecFoundryError, match="never closed") as raised:
        import_mintlify_export(text_page(text), {})
    assert raised.value.place == "3"


def test_block_that_is_not_openapi_is_rejected() -> None:
    text = "````yaml\nname: just config\n````\n"
    with pytest.raises(SpecFoundryError, match="not an OpenAPI document"):
        import_mintlify_export(text_page(text), {})


def test_document_wide_keys_that_differ_are_reported_not_merged() -> None:
    seed = import_mintlify_export(page(SEED), {}).document
    second = import_mintlify_export(page(FIXTURES / "list-cost-centers.md"), {}).document
    second["info"]["title"] = "Other title"
    diagnostics: list = []
    merged = merge_documents([("a.md", seed), ("b.md", second)], diagnostics)
    assert merged["info"]["title"] == "Lucca.Invoices"
    assert [item.code for item in diagnostics] == ["merge-differs"]
    assert diagnostics[0].file == "b.md"
