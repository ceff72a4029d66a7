"""The Widdershins importer on Simpro's reference and on fixtures rendered by the real Widdershins 4.0.1.

tests/fixtures/widdershins/constructs.md and tiny.md are Widdershins output of the specs beside them
(`widdershins <spec> -o <md> --language_tabs 'shell:Shell' 'javascript:JavaScript' 'python:Python'`;
tiny.md keeps its tag section only, headed `# Widgets` like Simpro's sectioned pages). They cover what
Simpro's pages do not: oneOf/anyOf/allOf, read/write-only, header and required query parameters,
security, response headers, primitive and unprinted responses. The tiny-*.md files are tiny.md cut or
edited to make bad input.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.errors import Diagnostic, Level, SpecFoundryError
from generator.importers.base import ImportResult, SourceDocument
from generator.importers.merge import Merger, merge_documents
from generator.importers.widdershins import components, import_widdershins, vendor_schema_names

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "simpro-docs"
# The sections the importer was first built on; the whole reference (322 files) is issue #10's.
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
SEED = SHARED / "seeds" / "simpro-invoice-cost-centers.md"
FIXTURES = REPO / "tests" / "fixtures" / "widdershins"
PREFIX = "#/components/schemas/"


def load(path: Path, known: dict[str, Any] | None = None, **options: Any) -> ImportResult:
    return import_widdershins(SourceDocument(path, path.read_text(encoding="utf-8"), options), known or {})


def operation(document: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    found = document["paths"][path][method]
    assert isinstance(found, dict)
    return found


def component(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The component a `$ref` (or a one-element allOf around one) points to."""
    ref = schema["$ref"] if "$ref" in schema else schema["allOf"][0]["$ref"]
    assert ref.startswith(PREFIX)
    found = document["components"]["schemas"][ref[len(PREFIX) :]]
    assert isinstance(found, dict)
    return found


def ref_name(schema: dict[str, Any]) -> str:
    ref = schema["$ref"] if "$ref" in schema else schema["allOf"][0]["$ref"]
    return str(ref)[len(PREFIX) :]


def response_schema(op: dict[str, Any], status: str) -> dict[str, Any]:
    schema = op["responses"][status]["content"]["application/json"]["schema"]
    assert isinstance(schema, dict)
    return schema


def warnings(result: ImportResult) -> list[Diagnostic]:
    return [d for d in result.diagnostics if d.level == Level.WARNING]


@pytest.fixture(scope="module")
def seed() -> ImportResult:
    assert SEED.is_file(), f"the tests read the Simpro seed from {SEED}"
    return load(SEED)


@pytest.fixture(scope="module")
def constructs() -> ImportResult:
    return load(FIXTURES / "constructs.md")


@pytest.fixture(scope="module")
def corpus() -> dict[str, ImportResult]:
    return {name: load(CORPUS / name) for name in SLICE}


LIST = "/api/v1.0/companies/{companyID}/invoices/{invoiceID}/costCenters/"
ONE_OFFS = "/api/v1.0/companies/{companyID}/jobs/{jobID}/sections/{sectionID}/costCenters/{costCenterID}/oneOffs/"
DETAIL = "/api/v1.0/companies/{companyID}/invoices/{invoiceID}/costCenters/{costCenterID}"


# -- the seed: page structure ----------------------------------------------------------------------------
def test_seed_operations_keep_vendor_ids_paths_and_text(seed: ImportResult) -> None:
    document = seed.document
    assert document["openapi"] == "3.0.3"
    assert document["tags"] == [{"name": "Invoice Cost Centers"}]
    listing = operation(document, "get", LIST)
    detail = operation(document, "get", DETAIL)
    assert listing["operationId"] == "bf0f7b7fe8e3bad57a0a9d677048f390"
    assert detail["operationId"] == "538915fa8a2d1aa72cb3a6425c5d013d"
    assert listing["tags"] == ["Invoice Cost Centers"]
    assert listing["summary"] == "List all invoice cost centers."
    assert detail["responses"]["404"] == {"description": "Invoice Cost Center not found."}
    # "does not require authentication": no operation-level `security: []` that would defeat an overlay.
    assert "security" not in listing and "security" not in document


def test_seed_section_has_no_info_and_says_so(seed: ImportResult) -> None:
    assert "info" not in seed.document
    assert [d.code for d in seed.diagnostics] == ["widdershins-no-info"]
    assert not warnings(seed)


def test_parameter_table_with_detailed_descriptions_and_enums(seed: ImportResult) -> None:
    parameters = {p["name"]: p for p in operation(seed.document, "get", LIST)["parameters"]}
    assert list(parameters) == ["companyID", "invoiceID", "search", "columns", "pageSize", "page", "orderby", "limit"]
    company = parameters["companyID"]
    assert company["in"] == "path" and company["required"] is True and company["schema"] == {"type": "integer"}
    # The table shows the first line; "Detailed descriptions" holds the whole text, kept verbatim.
    assert company["description"] == (
        "A build with Multi-company setup may have companyID >= 0, other builds use 0 by default.<br />\n"
        "For more information about Multi-company, see:<br />\n"
        "https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm"
    )
    assert parameters["search"]["schema"] == {"type": "string", "enum": ["all", "any"]}
    assert "required" not in parameters["search"]
    assert parameters["columns"]["schema"] == {"type": "array", "items": {"type": "string"}}
    assert (parameters["columns"]["style"], parameters["columns"]["explode"]) == ("form", False)


def test_response_schema_nesting_arrays_and_examples(seed: ImportResult) -> None:
    document = seed.document
    listing = response_schema(operation(document, "get", LIST), "200")
    assert listing["type"] == "array"  # the example starts with `[`: the rows describe the items
    item = component(document, listing["items"])
    assert list(item["properties"]) == [
        "ID", "Name", "JobID", "RecurringInvoiceID", "SectionID", "CostCenter", "Total", "Claim", "Items"]  # fmt: skip
    assert item["required"] == list(item["properties"])
    assert item["properties"]["ID"] == {"type": "integer", "description": "Cost center ID of a job section."}
    items = item["properties"]["Items"]
    assert items["type"] == "array" and items["description"].startswith("List of billable catalog")
    line = component(document, items["items"])
    assert list(line["properties"]) == ["ID", "Item", "Quantity", "UnitPrice", "Total"]
    assert component(document, line["properties"]["Item"])["properties"]["PartNo"] == {
        "type": "string",
        "description": "Part No. of an item.",
    }
    example = operation(document, "get", LIST)["responses"]["200"]["content"]["application/json"]["example"]
    assert example[0]["CostCenter"] == {"ID": 12345, "Name": "string"}


def test_seed_component_names(seed: ImportResult) -> None:
    assert sorted(seed.document["components"]["schemas"]) == [
        "Claim",
        "CostCenterRef",
        "InvoiceCostCenter",
        "InvoiceCostCenterTotal",
        "Item",
        "ItemRef",
        "ItemTotal",
        "Quantity",
        "UnitPrice",
    ]


def test_identical_shapes_become_one_component(seed: ImportResult) -> None:
    document = seed.document
    listing = response_schema(operation(document, "get", LIST), "200")
    detail = response_schema(operation(document, "get", DETAIL), "200")
    assert listing["items"] == detail == {"$ref": PREFIX + "InvoiceCostCenter"}
    cost_center = component(document, detail)["properties"]["CostCenter"]
    # The shape is shared; what the page says about this use stays next to the reference.
    assert cost_center == {"description": "Cost center account.", "allOf": [{"$ref": PREFIX + "CostCenterRef"}]}
    assert document["components"]["schemas"]["CostCenterRef"] == {
        "type": "object",
        "required": ["ID", "Name"],
        "properties": {"ID": {"type": "integer"}, "Name": {"type": "string"}},
    }


def test_shapes_whose_vendor_descriptions_differ_stay_apart(seed: ImportResult) -> None:
    schemas = seed.document["components"]["schemas"]
    assert schemas["InvoiceCostCenterTotal"]["properties"]["ExTax"]["description"] == (
        "Total amount of a cost center excluding tax."
    )
    assert schemas["ItemTotal"]["properties"]["ExTax"]["description"].startswith("Total price of a cost center item.")
    assert (
        schemas["UnitPrice"]["properties"]["ExTax"]["description"] == "Unit price of a cost center item excluding tax."
    )


def test_import_is_deterministic() -> None:
    first = load(CORPUS / "job_cost_centers.md").document
    second = load(CORPUS / "job_cost_centers.md").document
    assert json.dumps(first) == json.dumps(second)


def test_schema_names_option_renames_components() -> None:
    result = load(SEED, schema_names={"CostCenterRef": "CostCenterReference", "Item": "InvoiceCostCenterItem"})
    schemas = result.document["components"]["schemas"]
    assert "CostCenterReference" in schemas and "CostCenterRef" not in schemas
    detail = component(result.document, response_schema(operation(result.document, "get", DETAIL), "200"))
    assert ref_name(detail["properties"]["CostCenter"]) == "CostCenterReference"
    assert ref_name(detail["properties"]["Items"]["items"]) == "InvoiceCostCenterItem"


def test_schema_names_option_conflicts_and_typos() -> None:
    with pytest.raises(SpecFoundryError) as raised:
        load(SEED, schema_names={"Claim": "Amount", "UnitPrice": "Amount"})
    assert "two different schemas would both be named 'Amount'" in raised.value.message
    assert raised.value.file == str(SEED)
    typo = load(SEED, schema_names={"CostCentreRef": "X"})
    assert [d.code for d in warnings(typo)] == ["widdershins-schema-names"]


# -- the corpus ------------------------------------------------------------------------------------------
def test_corpus_files_import_without_warnings(corpus: dict[str, ImportResult]) -> None:
    counts = {name: sum(len(item) for item in result.document["paths"].values()) for name, result in corpus.items()}
    assert counts == {
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
    }
    for name, result in corpus.items():
        assert not warnings(result), (name, [d.render() for d in warnings(result)])


def test_title_pages_give_info(corpus: dict[str, ImportResult]) -> None:
    expected = {"title": "Simpro Rest API", "version": "1.0"}
    assert corpus["00-overview.md"].document["info"] == expected  # from the front matter
    assert corpus["simpro_rest_api.md"].document["info"] == expected  # from the title heading


def test_tag_description_and_external_docs(corpus: dict[str, ImportResult]) -> None:
    [tag] = corpus["customer_invoices.md"].document["tags"]
    assert tag["name"] == "Customer Invoices"
    assert tag["description"].startswith("In Simpro, an invoice is a list of goods")
    assert tag["description"].endswith(
        "Please see **Jobs > Customer Invoices** if you wish to create/update/delete an invoice."
    )
    assert tag["externalDocs"] == {
        "url": "https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Invoicing.htm"
    }


def test_formats_nullable_and_object_arrays(corpus: dict[str, ImportResult]) -> None:
    document = corpus["job_cost_center_one_off_items.md"].document
    path = ONE_OFFS + "{oneOffID}"
    item = component(document, response_schema(operation(document, "get", path), "200"))
    properties = item["properties"]
    assert properties["ActualCostDate"]["type"] == "string"
    assert properties["ActualCostDate"]["format"] == "date"
    assert properties["ActualCostDate"]["nullable"] is True
    assert "ActualCostDate" not in item["required"]
    assert properties["DateModified"]["format"] == "date-time"
    claimed = properties["Claimed"]  # object¦null: the nullability stays at the use
    assert claimed["nullable"] is True and "allOf" in claimed
    invoices = corpus["invoices.md"].document
    created = component(
        invoices, response_schema(operation(invoices, "post", "/api/v1.0/companies/{companyID}/invoices/"), "201")
    )
    assert created["properties"]["Retainage"]["type"] == "array"  # [object]
    assert component(invoices, created["properties"]["Retainage"]["items"])["properties"]["JobID"] == {
        "type": "number",
        "description": "ID of a job.",
    }
    custom = component(invoices, created["properties"]["CustomFields"]["items"])
    inner = component(invoices, custom["properties"]["CustomField"])
    assert inner["properties"]["ListItems"] == {
        "type": "array",
        "nullable": True,
        "description": "List of text to be used when the customer field type is set to `List` only.",
        "items": {"type": "string"},
    }


def test_enumerated_values_go_back_to_the_right_rows(corpus: dict[str, ImportResult]) -> None:
    document = corpus["invoices.md"].document
    invoice = component(
        document,
        response_schema(operation(document, "get", "/api/v1.0/companies/{companyID}/invoices/{invoiceID}"), "200"),
    )
    # One run "Type: TaxInvoice … Month" in the table: the top-level Type and PaymentTerms.Type.
    assert invoice["properties"]["Type"]["enum"] == ["TaxInvoice", "Deposit", "ProgressInvoice", "RequestForClaim"]
    terms = component(document, invoice["properties"]["PaymentTerms"])
    assert terms["properties"]["Type"]["enum"] == ["Invoice", "Month"]
    field = component(
        document, component(document, invoice["properties"]["CustomFields"]["items"])["properties"]["CustomField"]
    )
    assert field["properties"]["Type"]["enum"] == ["List", "Text", "Date", "Numeric", "Hyperlink"]
    jobs = corpus["job_cost_centers.md"].document
    path = "/api/v1.0/companies/{companyID}/jobs/{jobID}/sections/{sectionID}/costCenters/{costCenterID}"
    center = component(jobs, response_schema(operation(jobs, "get", path), "200"))
    # "Pending" appears in both rows' values: the split keeps each row's values unique.
    assert center["properties"]["Stage"]["enum"] == [
        "Declined",
        "AwaitingApproval",
        "Pending",
        "InProgress",
        "Complete",
        "Invoiced",
    ]
    order = component(jobs, center["properties"]["VendorOrders"]["items"])
    assert order["properties"]["Stage"]["enum"] == ["Pending", "Approved", "Archived", "Voided"]


def test_enumerated_values_of_body_properties_and_integers(corpus: dict[str, ImportResult]) -> None:
    document = corpus["companies.md"].document
    update = operation(document, "patch", "/api/v1.0/companies/{companyID}")
    body = component(document, update["requestBody"]["content"]["application/json"]["schema"])
    timezones = body["properties"]["Timezone"]["enum"]
    assert timezones[0] == "Africa/Abidjan" and timezones[-1] == "UTC" and "Australia/Brisbane" in timezones
    assert body["properties"]["DefaultLanguage"]["enum"] == ["en_AU", "en_GB", "en_US", "es_US.utf8"]
    company = component(document, response_schema(operation(document, "get", "/api/v1.0/companies/{companyID}"), "200"))
    assert company["properties"]["ScheduleFormat"]["enum"] == [15, 30]


def test_request_body_rows_example_and_media_type(corpus: dict[str, ImportResult]) -> None:
    document = corpus["invoices.md"].document
    create = operation(document, "post", "/api/v1.0/companies/{companyID}/invoices/")
    body = create["requestBody"]
    assert body["description"] == "Invoice object" and body["required"] is True
    media = body["content"]["application/json"]
    schema = component(document, media["schema"])
    assert "required" not in schema  # every body row says false
    assert schema["properties"]["Jobs"] == {
        "type": "array",
        "description": "Job ids to create invoice.",
        "items": {"type": "integer"},
    }
    assert schema["properties"]["PaymentTermID"]["description"] == (
        "ID of a Payment Term<br />This param is recommended for setting up the invoice payment term"
    )
    assert media["examples"]["example"]["value"]["Type"] == "TaxInvoice"
    assert list(create["responses"]) == ["201", "422"]


def test_array_body_items_reuse_the_matching_body_schema(corpus: dict[str, ImportResult]) -> None:
    document = corpus["job_cost_center_one_off_items.md"].document
    path = ONE_OFFS
    created = operation(document, "post", path)["requestBody"]["content"]["application/json"]["schema"]
    replaced = operation(document, "put", path)["requestBody"]["content"]["application/json"]["schema"]
    # `|body|body|array[object]|…` lists no items; its example item is the POST body's example.
    assert replaced == {"type": "array", "items": created}
    assert ref_name(created) == "JobCostCenterOneOffItemCreate"


def test_pages_merge_and_reuse_known_components() -> None:
    """Import the corpus in order as the pipeline does: pages agree on the components they share."""
    pages: list[tuple[str, dict[str, Any]]] = []
    for path in (CORPUS / name for name in SLICE):
        result = load(path, merge_documents(pages))
        pages.append((path.name, result.document))
    merged = merge_documents(pages)  # raises if two pages define one component differently
    schemas = merged["components"]["schemas"]
    invoices = dict(pages)["invoices.md"]
    invoice = component(
        invoices,
        response_schema(operation(invoices, "get", "/api/v1.0/companies/{companyID}/invoices/{invoiceID}"), "200"),
    )
    # The invoice's cost centers are the invoice-cost-centers page's model, reused by name.
    assert ref_name(invoice["properties"]["CostCenters"]["items"]) == "InvoiceCostCenter"
    assert "InvoiceCostCenter" in schemas
    assert sum(len(item) for item in merged["paths"].values()) == 32


def test_incremental_merge_is_the_merge_of_all_pages_and_keeps_what_it_merged() -> None:
    """Merger.add page by page gives merge_documents' result and never replaces a merged object, which is
    what lets the importer key each known component once per import (the import stays linear)."""
    pages = [(name, load(CORPUS / name).document) for name in SLICE[:5]]
    merger = Merger()
    merger.add(*pages[0])  # the overview: no components
    merger.add(*pages[1])
    first = dict(merger.document["components"]["schemas"])
    for page in pages[2:]:
        merger.add(*page)
    assert merger.document == merge_documents(pages)
    assert all(merger.document["components"]["schemas"][name] is schema for name, schema in first.items())


def test_known_components_are_keyed_once_per_import(monkeypatch: pytest.MonkeyPatch) -> None:
    """Importing page after page against the growing merge keys every known component once, not once per
    page: the quadratic part of importing Simpro's 322 sections."""
    keyed: list[str] = []
    original = components._Keys.known

    def counting(self: components._Keys, name: str) -> str | None:
        cached = self.index.keys.get(name)
        if cached is None or cached[0] is not self.known_schemas.get(name):
            keyed.append(name)
        return original(self, name)

    monkeypatch.setattr(components._Keys, "known", counting)
    merger = Merger()
    for name in SLICE:
        merger.add(name, load(CORPUS / name, merger.document).document)
    schemas = merger.document["components"]["schemas"]
    assert len(schemas) > 50
    assert sorted(keyed) == sorted(set(keyed))  # no component keyed twice
    assert set(keyed) <= set(schemas)


def test_curation_merges_a_shape_with_an_earlier_pages_component() -> None:
    """Same shape, different names across pages: reported, and schema_names can merge them."""
    one_offs = load(CORPUS / "job_cost_center_one_off_items.md")
    known = merge_documents([("one-offs", one_offs.document)])
    apart = load(CORPUS / "customer_invoices.md", known)
    [twin] = [d for d in apart.diagnostics if d.code == "widdershins-known-shape"]
    assert twin.message.startswith("schema JobTotal has the shape of Amount")
    merged = load(CORPUS / "customer_invoices.md", known, schema_names={"JobTotal": "Amount"})
    document = merged.document
    listing = component(
        document,
        response_schema(operation(document, "get", "/api/v1.0/companies/{companyID}/customerInvoices/"), "200")[
            "items"
        ],
    )
    job = component(document, listing["properties"]["Jobs"]["items"])
    assert ref_name(job["properties"]["Total"]) == "Amount"
    assert document["components"]["schemas"]["Amount"] == one_offs.document["components"]["schemas"]["Amount"]
    merge_documents([("one-offs", one_offs.document), ("customer-invoices", document)])  # agrees


# -- constructs the corpus does not have ----------------------------------------------------------------
CREATE = "/pets/{petId}"


def test_oneof_blocks_and_continued_rows(constructs: ImportResult) -> None:
    document = constructs.document
    pet = component(document, response_schema(operation(document, "post", CREATE), "201"))
    # Rows after *continued* belong to the object again, not to the last alternative.
    assert list(pet["properties"]) == ["id", "name", "secret", "born", "kind", "nicknames", "size", "owner", "labels"]
    first, second = pet["properties"]["kind"]["oneOf"]
    assert first["description"] == "A dog"
    assert component(document, first) == {
        "type": "object",
        "required": ["bark"],
        "properties": {"bark": {"type": "boolean"}},
    }
    assert component(document, second)["properties"]["meow"] == {"type": "integer", "enum": [1, 2, 3]}


def test_anyof_allof_any_and_nested_arrays(constructs: ImportResult) -> None:
    document = constructs.document
    listing = response_schema(operation(document, "get", "/pets"), "200")
    item = component(document, listing["items"])
    assert item["properties"]["score"] == {"anyOf": [{"type": "number"}, {"type": "string"}]}
    parts = item["properties"]["parts"]["allOf"]
    assert [list(component(document, part)["properties"]) for part in parts] == [["head"], ["tail"]]
    assert item["properties"]["extra"] == {}
    assert item["properties"]["grid"] == {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}}


def test_restrictions_nullable_and_additional_properties(constructs: ImportResult) -> None:
    document = constructs.document
    pet = component(document, response_schema(operation(document, "post", CREATE), "201"))
    properties = pet["properties"]
    assert properties["id"] == {
        "type": "integer",
        "format": "int64",
        "description": "Server-assigned.",
        "readOnly": True,
    }
    assert properties["secret"] == {"type": "string", "writeOnly": True}
    assert properties["name"]["description"] == "The pet's name.\nShown on the collar."  # <br> was a newline
    assert properties["nicknames"] == {"type": "array", "nullable": True, "items": {"type": "string"}}
    assert properties["labels"] == {"type": "object", "additionalProperties": {"type": "string"}}
    assert properties["owner"]["nullable"] is True and properties["owner"]["description"] == "Who feeds it."


def test_body_alternatives_are_recorded_as_oneof_with_a_warning(constructs: ImportResult) -> None:
    body = operation(constructs.document, "post", CREATE)["requestBody"]
    assert body["description"] == "The pet to create" and body["required"] is True
    schema = component(constructs.document, body["content"]["application/json"]["schema"])
    assert len(schema["properties"]["kind"]["oneOf"]) == 2
    [warning] = [d for d in constructs.diagnostics if d.code == "widdershins-combinator"]
    assert warning.place == "170" and "'kind'" in warning.message


def test_header_and_required_query_parameters(constructs: ImportResult) -> None:
    parameters = {p["name"]: p for p in operation(constructs.document, "post", CREATE)["parameters"]}
    assert parameters["petId"]["description"] == "The pet's id.\nA UUID."
    assert parameters["petId"]["schema"] == {"type": "string", "format": "uuid"}
    # Examples only the code samples show; a sampler default (`'string'`, 0) is not an example.
    assert parameters["X-Request-Id"] == {
        "name": "X-Request-Id",
        "in": "header",
        "required": True,
        "schema": {"type": "string"},
        "example": "req-42",
    }
    assert parameters["mode"]["example"] == "safe" and parameters["mode"]["schema"]["enum"] == ["fast", "safe"]
    assert parameters["version"]["example"] == 3
    assert parameters["filter"]["explode"] is True  # the sample URL shows `color=string`, not `filter=…`
    assert parameters["fields"]["schema"]["items"]["enum"] == ["name", "size"]  # enum of the items
    assert "example" not in parameters["dryRun"]


def test_security_requirements_and_schemes(constructs: ImportResult) -> None:
    document = constructs.document
    assert document["components"]["securitySchemes"] == {
        "api_key": {"type": "apiKey", "name": "X-API-Key", "in": "header", "description": "Issued per client."},
        "bearerAuth": {"type": "http", "scheme": "bearer"},  # named by the operations that use it
    }
    assert operation(document, "post", CREATE)["security"] == [{"api_key": []}, {"bearerAuth": []}]
    assert operation(document, "get", "/pets")["security"] == [{"api_key": []}]
    assert "security" not in operation(document, "delete", CREATE)


def test_response_headers_default_and_primitive_responses(constructs: ImportResult) -> None:
    document = constructs.document
    created = operation(document, "post", CREATE)["responses"]["201"]
    assert created["headers"] == {
        "X-Rate-Limit": {"description": "Calls left this hour.", "schema": {"type": "integer", "format": "int32"}}
    }
    assert operation(document, "post", CREATE)["responses"]["500"] == {"description": "Server error"}
    count = operation(document, "get", "/stores/{storeId}/count")["responses"]
    assert count["200"]["content"]["application/json"] == {"schema": {"type": "integer"}, "example": 0}
    assert "default" in operation(document, "get", "/pets")["responses"]
    names = operation(document, "put", "/pets/bulk")["responses"]["200"]["content"]["application/json"]
    assert names["schema"] == {"type": "array", "items": {"type": "string"}}


def test_second_response_schema_keeps_the_first_example_on_its_schema(constructs: ImportResult) -> None:
    responses = operation(constructs.document, "post", CREATE)["responses"]
    created = responses["201"]["content"]["application/json"]
    assert "example" not in created and created["schema"]["example"]["name"] == "string"
    refused = responses["400"]["content"]["application/json"]
    assert "example" not in refused
    assert refused["schema"]["description"] == "Why the pet was refused.\nOne reason per field."  # block title


def test_unprinted_schemas_are_inferred_with_warnings(constructs: ImportResult) -> None:
    document = constructs.document
    stores = response_schema(operation(document, "get", "/stores"), "200")
    assert stores == {"type": "object"}  # a top-level oneOf prints no table; only its example is known
    bulk = operation(document, "put", "/pets/bulk")["requestBody"]["content"]["application/json"]["schema"]
    assert component(document, bulk["items"])["properties"] == {"name": {"type": "string"}, "size": {"type": "string"}}
    codes = {(d.code, d.place) for d in warnings(constructs)}
    assert ("widdershins-inferred", "588") in codes  # the array body row
    assert ("widdershins-inferred", "751") in codes  # the GET /stores response row


def test_multi_paragraph_operation_description(constructs: ImportResult) -> None:
    created = operation(constructs.document, "post", CREATE)
    assert created["summary"] == "Create a pet"
    assert created["description"] == "Creates a pet.\n\nThe *name* must be unique."


def test_operation_without_id_or_summary(constructs: ImportResult) -> None:
    deleted = operation(constructs.document, "delete", CREATE)
    assert "operationId" not in deleted and "summary" not in deleted
    assert deleted["description"] == "Removes a pet; this operation has no operationId and no summary."


def test_full_page_header(constructs: ImportResult) -> None:
    document = constructs.document
    assert document["info"] == {
        "title": "Fixture API",
        "version": "2.5",
        "description": "An API made for the importer's tests.\n\nIt covers what Simpro's pages do not.",
    }
    assert document["tags"][0] == {
        "name": "Pets",
        "description": "Pets and their owners.\n\nSecond paragraph.",
        "externalDocs": {"description": "Pet handbook", "url": "https://example.com/pets"},
    }


# -- bad input -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "line", "words"),
    [
        ("tiny-truncated-row.md", "91", "not closed by '|'"),
        ("tiny-truncated-example.md", "70", "never closed"),
        ("tiny-truncated-aside.md", "100", "ends before its authentication note"),
        ("tiny-malformed-row.md", "56", "has 4 cells, the header has 5"),
    ],
)
def test_unreadable_input_is_one_clear_error(name: str, line: str, words: str) -> None:
    path = FIXTURES / name
    with pytest.raises(SpecFoundryError) as raised:
        load(path)
    error = raised.value
    assert words in error.message
    assert (error.file, error.place) == (str(path), line)
    assert error.fix and "capture the page again" in error.fix


def test_invalid_json_example_is_an_error(tmp_path: Path) -> None:
    text = (FIXTURES / "tiny.md").read_text(encoding="utf-8").replace('  "ID": 0,', '  "ID": 0,,')
    path = tmp_path / "broken.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecFoundryError) as raised:
        load(path)
    assert "not valid JSON" in raised.value.message and raised.value.place == "70"


def test_operation_without_method_line_is_an_error(tmp_path: Path) -> None:
    text = (FIXTURES / "tiny.md").read_text(encoding="utf-8")
    path = tmp_path / "cut.md"
    path.write_text(text[: text.index("`GET ")], encoding="utf-8")
    with pytest.raises(SpecFoundryError) as raised:
        load(path)
    assert "no `METHOD /path` line" in raised.value.message


def test_lines_that_fit_nowhere_are_warnings_with_line_numbers() -> None:
    result = load(FIXTURES / "tiny-stray-lines.md")
    found = {(d.code, d.place): d.message for d in warnings(result)}
    assert found[("widdershins-unplaced", "84")].endswith("'Widgets are cached for a minute.'")
    assert "'Colour' match no row" in found[("widdershins-enum-unplaced", "101")]
    # The rest of the operation is still read.
    widget = result.document["paths"]["/api/v1.0/widgets/{widgetID}"]["get"]
    assert component(result.document, response_schema(widget, "200"))["properties"]["Kind"]["enum"] == [
        "Round",
        "Square",
    ]


def test_tiny_section_reads_cleanly() -> None:
    result = load(FIXTURES / "tiny.md")
    assert not warnings(result)
    widget = result.document["paths"]["/api/v1.0/widgets/{widgetID}"]["get"]
    assert widget["operationId"] == "0123456789abcdef0123456789abcdef"
    assert ref_name(response_schema(widget, "200")) == "Widget"


# -- the vendor's own components (`# Schemas`) -------------------------------------------------------------
def test_schemas_section_reads_back_the_vendors_components() -> None:
    """components.md is the real Widdershins output of components.openapi.json: every component (empty,
    bare object, properties with enum and links, allOf of a link, primitive with enum, array) comes back
    as the source spec has it, and the operation's `[Thing](#schemathing)` cell is a reference to it."""
    source = json.loads((FIXTURES / "components.openapi.json").read_text(encoding="utf-8"))
    result = load(FIXTURES / "components.md")
    assert result.document["components"]["schemas"] == source["components"]["schemas"]
    assert response_schema(operation(result.document, "get", "/a"), "200") == {"$ref": PREFIX + "Thing"}
    assert result.diagnostics == []


def test_simpros_schemas_section_is_52_components_not_an_error() -> None:
    path = CORPUS / "vendor_contact_custom_fields.md"
    result = load(path)
    schemas = result.document["components"]["schemas"]
    vendor = vendor_schema_names(path.read_text(encoding="utf-8"))
    assert len(vendor) == 52 and vendor <= set(schemas)
    assert all(schemas[name] == {} for name in vendor)  # each printed as a `null` sample without properties
    assert sum(len(item) for item in result.document["paths"].values()) == 3


def test_derived_names_avoid_the_vendors_names_whatever_the_page_order() -> None:
    """company_default_settings.md would name its accounts object `Accounts`, a name the vendor's `# Schemas`
    (on a later page) gives an empty component: reserved, the derived one is named apart."""
    path = CORPUS / "company_default_settings.md"
    alone = load(path).document["components"]["schemas"]
    assert "Accounts" in alone
    reserved = frozenset({"Accounts"})
    document = import_widdershins(SourceDocument(path, path.read_text(encoding="utf-8"), {}, reserved), {}).document
    schemas = document["components"]["schemas"]
    assert "Accounts" not in schemas
    [renamed] = [name for name, schema in schemas.items() if schema == alone["Accounts"]]
    assert renamed != "Accounts" and renamed.endswith("Accounts")


def test_a_type_openapi_lacks_is_read_as_its_meaning_and_kept() -> None:
    """Simpro's `type: date` query parameters: a string with format date, the vendor's word kept."""
    result = load(CORPUS / "contractor_timesheets.md")
    [start] = [
        parameter
        for item in result.document["paths"].values()
        for op in item.values()
        for parameter in op.get("parameters", [])
        if parameter["name"] == "StartDate"
    ]
    assert start["schema"] == {"type": "string", "format": "date", "x-specfoundry-vendor-type": "date"}
    assert any(d.code == "widdershins-vendor-type" and "'date'" in d.message for d in result.diagnostics)
