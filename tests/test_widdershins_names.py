"""Schema names on the whole Simpro reference (322 files): chosen across every page, so they do not depend
on the order of the sources; named after the resource an operation acts on; no number suffixes."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from generator.config import SourceConfig
from generator.errors import SpecFoundryError
from generator.importers import import_sources

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "simpro-docs"
PREFIX = "#/components/schemas/"
COMPANY = "/api/v1.0/companies/{companyID}"


def sections(*, reverse: bool = False) -> list[Path]:
    files = sorted(CORPUS.glob("*.md"))
    rest = [path for path in files if path.name != "00-overview.md"]
    return [CORPUS / "00-overview.md", *(reversed(rest) if reverse else rest)]


@cache
def imported(*, reverse: bool = False) -> dict[str, Any]:
    sources = tuple(SourceConfig(path=path, format="widdershins") for path in sections(reverse=reverse))
    return import_sources(sources, folder=CORPUS).document


def refs(operation: dict[str, Any]) -> list[str]:
    return sorted(set(re.findall(r'"#/components/schemas/([^"]+)"', json.dumps(operation))))


def response(document: dict[str, Any], method: str, path: str, status: str = "200") -> str:
    schema = document["paths"][COMPANY + path][method]["responses"][status]["content"]["application/json"]["schema"]
    found = schema.get("items", schema)
    ref = found["$ref"] if "$ref" in found else found["allOf"][0]["$ref"]
    return str(ref).removeprefix(PREFIX)


def test_names_do_not_depend_on_the_order_of_the_sources() -> None:
    forward, backward = imported(), imported(reverse=True)
    assert len(forward["components"]["schemas"]) > 1000
    assert forward["components"]["schemas"] == backward["components"]["schemas"]
    for path, item in forward["paths"].items():
        for method, operation in item.items():
            assert refs(operation) == refs(backward["paths"][path][method]), (method, path)


def test_no_number_suffixes_and_no_created_twins_of_a_get_model() -> None:
    names = imported()["components"]["schemas"]
    # STCsZone1 is the vendor's property name, not a suffix.
    assert [name for name in names if re.search(r"\d$", name) and not name.endswith("STCsZone1")] == []
    assert [name for name in names if re.search(r"(Created|Replaced|Updated)$", name)] == []


def test_a_response_model_is_named_after_the_resource_the_operation_acts_on() -> None:
    document = imported()
    assert response(document, "get", "/jobs/{jobID}") == response(document, "post", "/jobs/", "201") == "Job"
    assert response(document, "get", "/customers/companies/{customerID}") == "CompanyCustomer"
    assert response(document, "get", "/customers/individuals/{customerID}") == "IndividualCustomer"
    assert response(document, "get", "/setup/commissions/basic/{commissionID}") == "BasicCommission"
    assert response(document, "get", "/setup/commissions/advanced/{commissionID}") == "AdvancedCommission"
    # The vendor's own (empty) `Staff` component keeps its name; ours says what it holds.
    assert response(document, "get", "/staff/{staffID}") == "StaffDetails"
    # Two lists of customer notes: the one spanning all customers says so (list_all_customer_notes).
    assert response(document, "get", "/customers/{customerID}/notes/") == "CustomerNoteListItem"
    assert response(document, "get", "/notes/customers/") == "AllCustomerNoteListItem"


def test_shared_values_are_not_named_after_another_resource() -> None:
    schemas = imported()["components"]["schemas"]
    profile = schemas[schemas["Vendor"]["properties"]["Profile"]["$ref"].removeprefix(PREFIX)]
    assert profile["properties"]["Currency"]["allOf"] == [{"$ref": PREFIX + "CurrencyRef"}]


def test_schema_names_renames_a_shape_on_every_page_and_must_agree(tmp_path: Path) -> None:
    overview, jobs, quotes = (CORPUS / name for name in ("00-overview.md", "jobs.md", "quotes.md"))
    renames = {"JobCreate": "NewJob"}
    sources = (
        SourceConfig(path=overview, format="widdershins"),
        SourceConfig(path=jobs, format="widdershins", options={"schema_names": renames}),
        SourceConfig(path=quotes, format="widdershins"),
    )
    document = import_sources(sources, folder=CORPUS).document
    body = document["paths"][COMPANY + "/jobs/"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": PREFIX + "NewJob"}
    assert "JobCreate" not in document["components"]["schemas"]
    clash = (
        *sources[:2],
        SourceConfig(path=quotes, format="widdershins", options={"schema_names": {"JobCreate": "X"}}),
    )
    with pytest.raises(SpecFoundryError) as error:
        import_sources(clash, folder=CORPUS)
    assert "schema_names renames 'JobCreate' to 'X' here and to 'NewJob' in jobs.md" in str(error.value)
