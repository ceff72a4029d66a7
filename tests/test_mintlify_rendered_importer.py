"""The rendered-Mintlify-page importer: field-list constructs, the Lucca purchase seed end to end, bad input."""

from __future__ import annotations

import copy
import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import validate
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from ruamel.yaml import YAML

from generator.errors import Level, SpecFoundryError
from generator.importers.base import ImportResult, SourceDocument
from generator.importers.mintlify_rendered import import_mintlify_rendered, parse_page, parse_type_notation

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures" / "mintlify_rendered"
SEED = ROOT / "specs" / "lucca-invoices" / "sources" / "create-purchase.txt"
COST_CENTER_PAGE = next(
    path
    for path in (
        SHARED / "seeds" / "lucca-import-cost-centers.md",
        ROOT / "specs" / "lucca-invoices" / "sources" / "import-cost-centers.md",
    )
    if path.exists()
)
SCHEMAS = "#/components/schemas/"


# ------------------------------------------------------------------------------------------ helpers


def load_known(page: Path = COST_CENTER_PAGE) -> dict[str, Any]:
    """The OpenAPI fragment of a Mintlify page export: its ````yaml fenced block."""
    match = re.search(r"^````yaml[^\n]*\n(.*?)^````", page.read_text(encoding="utf-8"), re.S | re.M)
    assert match, f"no ````yaml block in {page}"
    loaded: dict[str, Any] = YAML(typ="safe", pure=True).load(match.group(1))
    return loaded


def run(path: Path, known: dict[str, Any] | None = None, text: str | None = None, **options: Any) -> ImportResult:
    source = SourceDocument(path, path.read_text(encoding="utf-8") if text is None else text, options)
    return import_mintlify_rendered(source, known or {})


def merge(known: dict[str, Any], page: dict[str, Any]) -> dict[str, Any]:
    """Strict merge as the pipeline does it: identical parts merge, a differing component fails the test."""
    merged = copy.deepcopy(known)
    for key, value in page.items():
        if key == "paths":
            for path, item in value.items():
                assert path not in merged.get("paths", {}), path
                merged.setdefault("paths", {})[path] = item
        elif key == "components":
            for section, entries in value.items():
                bucket = merged.setdefault("components", {}).setdefault(section, {})
                for name, definition in entries.items():
                    assert bucket.get(name, definition) == definition, f"components/{section}/{name} conflicts"
                    bucket[name] = definition
        elif key == "tags":
            names = {tag["name"] for tag in merged.get("tags", [])}
            merged.setdefault("tags", []).extend(tag for tag in value if tag["name"] not in names)
        else:
            assert merged.get(key, value) == value, f"{key} differs from the known document's"
            merged[key] = value
    return merged


def strict_formats() -> FormatChecker:
    """jsonschema's checks plus uri/uri-reference as a strict client applies them."""
    checker = FormatChecker()

    def is_uri(value: object) -> bool:
        return not isinstance(value, str) or (bool(urlsplit(value).scheme) and not re.search(r"\s", value))

    def is_uri_reference(value: object) -> bool:
        return not isinstance(value, str) or not re.search(r"\s", value)

    checker.checks("uri")(is_uri)
    checker.checks("uri-reference")(is_uri_reference)
    return checker


def validator(document: dict[str, Any], name: str) -> Any:
    registry: Registry[Any] = Registry().with_resource("urn:test:doc", DRAFT202012.create_resource(document))
    return Draft202012Validator(
        {"$ref": f"urn:test:doc#/components/schemas/{name}"}, registry=registry, format_checker=strict_formats()
    )


def errors(document: dict[str, Any], name: str, instance: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(document, name).iter_errors(instance)
    ]


def codes(result: ImportResult) -> list[str]:
    return [d.code for d in result.diagnostics]


def target(prop: dict[str, Any]) -> str:
    """The component a property points at, through Lucca's allOf wrapper."""
    ref = prop["allOf"][0]["$ref"] if "allOf" in prop else prop["$ref"]
    return str(ref).removeprefix(SCHEMAS)


def flag(prop: dict[str, Any], name: str) -> bool:
    return bool(prop.get(name)) or any(part.get(name) for part in prop.get("allOf", []))


def seed_example_text() -> str:
    """The example response exactly as on the page: from the line after the curl command to 'Headers'."""
    text = SEED.read_text(encoding="utf-8")
    start = text.index("}'\n") + len("}'\n")
    end = text.index("\n\nHeaders\n")
    return text[start:end]


@pytest.fixture(scope="module")
def known() -> dict[str, Any]:
    return load_known()


@pytest.fixture(scope="module")
def seed(known: dict[str, Any]) -> ImportResult:
    return run(SEED, copy.deepcopy(known))


@pytest.fixture(scope="module")
def schemas(seed: ImportResult) -> dict[str, Any]:
    return dict(seed.document["components"]["schemas"])


@pytest.fixture(scope="module")
def purchase(schemas: dict[str, Any]) -> dict[str, Any]:
    return dict(schemas["purchase"]["properties"])


# ----------------------------------------------------------------------------------- type notation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("string", {"kind": "string", "format": None}),
        ("integer", {"kind": "integer", "format": None}),
        ("string<date-time>", {"kind": "string", "format": "date-time"}),
        ("string<date>", {"kind": "string", "format": "date"}),
        ("number<double>", {"kind": "number", "format": "double"}),
        ("enum<string>", {"kind": "enum", "enum_type": "string"}),
        ("enum<integer>", {"kind": "enum", "enum_type": "integer"}),
        ("file", {"kind": "string", "format": "binary"}),
        ("object", {"kind": "object", "title": None}),
    ],
)
def test_type_notation_atoms(text: str, expected: dict[str, Any]) -> None:
    notation = parse_type_notation(text)
    assert {key: getattr(notation, key) for key in expected} == expected


def test_type_notation_arrays_titles_and_unions() -> None:
    ids = parse_type_notation("integer[]")
    assert (ids.kind, ids.items and ids.items.kind) == ("array", "integer")

    nested = parse_type_notation("string<uuid>[][]")
    assert nested.kind == "array" and nested.items is not None and nested.items.kind == "array"
    assert nested.innermost().format == "uuid"

    sections = parse_type_notation("Reference to an axis-section · object[]")
    assert sections.kind == "array"
    assert (sections.innermost().kind, sections.innermost().title) == ("object", "Reference to an axis-section")

    nullable = parse_type_notation("string | null")
    assert nullable.kind == "union" and [m.kind for m in nullable.members] == ["string", "null"]


@pytest.mark.parametrize("text", ["strng", "map<string, integer>", "enum<date>", "object<foo>", "integer<>"])
def test_unknown_type_notation_names_file_line_and_fix(text: str) -> None:
    with pytest.raises(SpecFoundryError) as caught:
        parse_type_notation(text, file="page.txt", line=12)
    error = caught.value
    assert (error.file, error.place) == ("page.txt", "12")
    assert f"unknown type notation `{text}`" in error.message
    assert error.fix and "parse_type_notation" in error.fix
    assert str(error).startswith("error: page.txt:12: unknown type notation")


# ------------------------------------------------------------------------------------ field lists


def test_page_header_path_title_and_examples() -> None:
    page = parse_page(SourceDocument(FIXTURES / "get-nature.txt", (FIXTURES / "get-nature.txt").read_text()))
    assert (page.method, page.path, page.title, page.title_line) == (
        "GET",
        "/cleemy-procurement/api/natures/{id}",
        "Get a Nature",
        10,
    )
    assert page.description == "Returns one nature."
    assert page.curl is not None and page.curl.method == "GET" and page.curl.body is None
    assert page.curl.headers == [("Authorization", "<authorization>")]
    assert page.response_example is not None
    assert page.response_example.value["tagIds"] == [3, 4]
    assert page.response_example.lines["/owner"] == 33  # pointer → page line, for diagnostics
    assert page.response_example.lines["/owner/href"] == 35


def test_parameter_blocks_required_and_typed_defaults() -> None:
    page = parse_page(SourceDocument(FIXTURES / "get-nature.txt", (FIXTURES / "get-nature.txt").read_text()))
    header, path, query = page.parameters["header"], page.parameters["path"], page.parameters["query"]
    assert [(f.name, f.required, f.description) for f in header] == [("Authorization", True, "API key.")]
    assert [(f.name, f.required, f.line) for f in path] == [("id", True, 50)]
    assert [(f.name, f.has_default, f.default) for f in query] == [("fields", True, "id,name"), ("limit", True, 10)]


def test_response_block_fields_options_defaults_and_descriptions() -> None:
    page = parse_page(SourceDocument(FIXTURES / "get-nature.txt", (FIXTURES / "get-nature.txt").read_text()))
    (response,) = page.responses
    assert (response.status, response.media_type, response.description, response.schema_description) == (
        "200",
        "application/json",
        "OK",
        "Nature.",
    )
    fields = {f.name: f for f in response.fields}
    assert list(fields) == [
        "id", "name", "code", "state", "startsOn", "updatedAt", "ratio", "tagIds", "axisSections", "owner",
    ]  # fmt: skip
    assert fields["name"].required and not fields["id"].required
    # the option list stops at its last item without a comma: `startsOn` is a field again
    assert fields["state"].options == ["Enabled", "Disabled", "Archived"]
    assert (fields["state"].default, fields["state"].description) == ("Enabled", "State of the nature.")
    assert fields["axisSections"].type_text == "Reference to an axis-section · object[]"
    assert fields["owner"].description == "Reference to a user. Owner of the nature."


def test_one_word_description_above_a_field_is_not_a_field(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "GET\n/\napi\n/\nthings\nList Things\n\nResponse\n\n200 - application/json\n\nCreated\nid\ninteger\n"
    )
    (response,) = parse_page(SourceDocument(page, page.read_text())).responses
    assert response.description == "Created"
    assert [(f.name, f.type_text) for f in response.fields] == [("id", "integer")]


def test_field_list_schema_and_parameters(known: dict[str, Any]) -> None:
    result = run(FIXTURES / "get-nature.txt", {"components": {"schemas": dict(known["components"]["schemas"])}})
    document = result.document
    path_item = document["paths"]["/cleemy-procurement/api/natures/{id}"]
    assert path_item["parameters"] == [
        {
            "name": "Authorization",
            "in": "header",
            "description": "API key.",
            "required": True,
            "schema": {"type": "string"},
        },  # inline: this `known` has no Authorization parameter to refer to
        {
            "name": "id",
            "in": "path",
            "description": "ID of the nature.",
            "required": True,
            "schema": {"type": "integer"},
        },
        {
            "name": "fields",
            "in": "query",
            "description": "Fields to return.",
            "schema": {"type": "string", "default": "id,name"},
        },
        {"name": "limit", "in": "query", "description": "Page size.", "schema": {"type": "integer", "default": 10}},
    ]
    nature = document["components"]["schemas"]["nature"]
    props = nature["properties"]
    assert nature["required"] == ["name"]
    assert props["code"]["type"] == ["string", "null"]
    assert (props["state"]["enum"], props["state"]["default"]) == (["Enabled", "Disabled", "Archived"], "Enabled")
    assert (props["startsOn"]["format"], props["updatedAt"]["format"]) == ("date", "date-time")
    assert (props["ratio"]["type"], props["ratio"]["format"]) == ("number", "double")
    assert props["tagIds"] == {
        "description": "Write-only. IDs of the tags.",
        "type": "array",
        "items": {"type": "integer"},
        "writeOnly": True,
    }
    assert props["id"]["readOnly"] is True and "readOnly" not in props["name"]
    # Only a Response list: nothing to infer read/write-only from.
    assert "inferred-access" not in codes(result)
    assert props["axisSections"]["items"] == {"$ref": SCHEMAS + "axis-section-reference"}
    section = document["components"]["schemas"]["axis-section-reference"]
    assert section["title"] == "Reference to an axis-section"
    assert section["properties"]["href"] == {"type": "string", "format": "uri-reference"}


def test_known_parameter_and_component_are_referenced(known: dict[str, Any]) -> None:
    result = run(FIXTURES / "get-nature.txt", known)
    document = result.document
    path_item = document["paths"]["/cleemy-procurement/api/natures/{id}"]
    assert path_item["parameters"][0] == {"$ref": "#/components/parameters/Authorization"}
    assert "parameters" not in document["components"]
    owner = document["components"]["schemas"]["nature"]["properties"]["owner"]
    assert owner == {"allOf": [{"$ref": SCHEMAS + "user-reference"}, {"description": "Owner of the nature."}]}
    assert "user-reference" not in document["components"]["schemas"]


def test_relative_href_in_a_known_uri_component_is_reported(known: dict[str, Any]) -> None:
    result = run(FIXTURES / "get-nature.txt", known)
    (finding,) = [d for d in result.diagnostics if d.code == "known-href-relative"]
    assert finding.level is Level.WARNING and finding.place == "35"
    assert "response example at /owner/href has a relative reference" in finding.message
    assert "#/components/schemas/user-reference/properties/href" in finding.message
    assert finding.fix and "uri-reference" in finding.fix


def test_union_presence_inference_and_money_on_another_page() -> None:
    result = run(FIXTURES / "create-order.txt")
    document = result.document
    schemas = document["components"]["schemas"]
    assert schemas["payment"]["discriminator"] == {
        "propertyName": "kind",
        "mapping": {"CardPayment": SCHEMAS + "card-payment", "TransferPayment": SCHEMAS + "transfer-payment"},
    }
    assert schemas["card-payment"]["description"] == "Payment for a card."
    assert schemas["card-payment"]["properties"]["kind"] == {"type": "string", "enum": ["CardPayment"]}
    assert schemas["transfer-payment"]["required"] == ["kind"]
    unseen = [d for d in result.diagnostics if d.code == "unseen-variant"]
    assert [d.place for d in unseen] == ["79"]
    order = schemas["order"]
    assert order["required"] == ["customerId"]
    assert document["paths"]["/api/orders"]["post"]["requestBody"]["required"] is True
    props = order["properties"]
    listed_in_body_only = {n for n, p in props.items() if flag(p, "writeOnly")}
    listed_in_response_only = {n for n, p in props.items() if flag(p, "readOnly")}
    assert listed_in_body_only == {"customerId"}
    assert listed_in_response_only == {"id", "customer", "payment", "total"}
    assert target(props["customer"]) == "customer-reference"
    assert schemas["customer-reference"]["title"] == "Reference to a customer"
    assert props["lines"]["items"] == {"$ref": SCHEMAS + "order-line"}
    assert schemas["money"]["properties"]["value"] == {"type": "number"}  # 10 and 11.5 seen
    assert schemas["multi-currency-amount"]["properties"]["rate"] == {"type": "number"}
    assert document["servers"] == [{"url": "https://api.example.com"}]
    assert document["tags"] == [{"name": "Orders"}]
    assert Level.ERROR not in {d.level for d in result.diagnostics}  # required writeOnly ok in responses
    validate(document)


def test_schema_names_option_renames_inferred_shapes() -> None:
    result = run(FIXTURES / "create-order.txt", schema_names={"#/lines/*": "order-item", "#": "sales-order"})
    schemas = result.document["components"]["schemas"]
    assert "order-item" in schemas and "order-line" not in schemas
    assert schemas["sales-order"]["properties"]["lines"]["items"] == {"$ref": SCHEMAS + "order-item"}


# ----------------------------------------------------------------------------------- the seed


def test_seed_copy_in_repo_is_the_shared_seed() -> None:
    shared = SHARED / "seeds" / "lucca-create-purchase.txt"
    assert shared.is_file(), f"tests read the vendor documents from {SHARED}"
    assert SEED.read_bytes() == shared.read_bytes()


def test_seed_operation(seed: ImportResult, known: dict[str, Any]) -> None:
    document = seed.document
    assert document["openapi"] == "3.1.0"
    item = document["paths"]["/cleemy-procurement/api/purchases"]
    assert item["parameters"] == [{"$ref": "#/components/parameters/Authorization"}]
    operation = item["post"]
    assert (operation["operationId"], operation["tags"], operation["summary"]) == (
        "create-purchase",
        ["Purchases"],
        "Create a Purchase",
    )
    request = operation["requestBody"]
    assert request["description"] == "The purchase to create."
    assert request["content"]["application/json"]["schema"] == {"$ref": SCHEMAS + "purchase"}
    assert list(operation["responses"]) == ["201"]
    created = operation["responses"]["201"]
    assert created["description"] == "Created"
    assert created["content"]["application/json"]["schema"] == {"$ref": SCHEMAS + "purchase"}
    # Shared parts are the known ones, untouched, so the merge has nothing to reconcile.
    assert document["info"] == known["info"] and document["servers"] == known["servers"]
    assert "tags" not in document


def test_seed_emits_no_component_the_known_document_has(seed: ImportResult, known: dict[str, Any]) -> None:
    for section, entries in seed.document["components"].items():
        assert not set(entries) & set(known["components"].get(section, {})), section


def test_seed_component_names(schemas: dict[str, Any]) -> None:
    assert sorted(schemas) == [
        "amount-with-taxes", "axis-section-reference", "commitment", "cost-center-reference",
        "department-reference", "file-reference", "money", "multi-currency-amount",
        "multi-currency-amount-with-taxes", "nature-reference", "one-time-commitment", "purchase",
        "purchase-aggregated-states", "purchase-reference", "subscription-commitment", "supplier-reference",
        "territory-reference",
    ]  # fmt: skip


def test_seed_reuses_known_references(purchase: dict[str, Any], schemas: dict[str, Any]) -> None:
    for name in ("owner", "author", "modifier"):
        assert target(purchase[name]) == "user-reference", name
    assert target(purchase["establishment"]) == "establishment-reference"
    subscription = schemas["subscription-commitment"]["properties"]
    for name in ("owner", "author", "modifier"):  # nested, matched by shape
        assert subscription[name] == {"$ref": SCHEMAS + "user-reference"}, name
    # Same {id, name, href} shape as establishment-reference, but the page says "department".
    assert target(purchase["department"]) == "department-reference"
    # The known `cost-center` is the full entity (no href); the page shows a reference.
    assert target(purchase["costCenter"]) == "cost-center-reference"
    assert schemas["cost-center-reference"]["title"] == "Reference to a cost-center"
    assert set(schemas["cost-center-reference"]["properties"]) == {"id", "name", "code", "href"}


def test_seed_commitment_is_a_discriminated_union(purchase: dict[str, Any], schemas: dict[str, Any]) -> None:
    assert target(purchase["commitment"]) == "commitment"
    commitment = schemas["commitment"]
    assert commitment["oneOf"] == [
        {"$ref": SCHEMAS + "subscription-commitment"},
        {"$ref": SCHEMAS + "one-time-commitment"},
    ]
    assert commitment["discriminator"] == {
        "propertyName": "type",
        "mapping": {
            "SubscriptionCommitment": SCHEMAS + "subscription-commitment",
            "OneTimeCommitment": SCHEMAS + "one-time-commitment",
        },
    }
    assert commitment["description"].startswith("Represents a purchase commitment. Can be one of two types")
    subscription = schemas["subscription-commitment"]
    assert subscription["description"] == "Commitment for a subscription."
    assert subscription["required"] == ["type"]
    assert subscription["properties"]["type"] == {"type": "string", "enum": ["SubscriptionCommitment"]}
    one_time = schemas["one-time-commitment"]
    assert one_time["properties"] == {"type": {"type": "string", "enum": ["OneTimeCommitment"]}}


def test_seed_read_and_write_only(purchase: dict[str, Any]) -> None:
    read_only = {name for name, prop in purchase.items() if flag(prop, "readOnly")}
    write_only = {name for name, prop in purchase.items() if flag(prop, "writeOnly")}
    assert read_only == {
        # "Read-only." in the description
        "commitment", "costCenter", "establishment", "department", "availableAmount", "billedAmount",
        "committedAmount", "confirmedAmount", "requestedAmount", "aggregatedStates", "axisSections",
        "createdAt", "author", "modifiedAt", "modifier",
        # listed under Response only (Mintlify hides readOnly fields from Body)
        "id", "state", "nature",
    }  # fmt: skip
    assert write_only == {
        "axisSectionIds",  # "Write-only."
        "ownerId", "natureId", "costCenterId", "establishmentId", "departmentId",  # Body only
    }  # fmt: skip
    assert not read_only & write_only
    assert list(purchase)[:7] == ["id", "type", "title", "state", "commitment", "ownerId", "owner"]


def test_seed_enums_formats_and_nullables(purchase: dict[str, Any], schemas: dict[str, Any]) -> None:
    assert purchase["type"]["enum"] == ["Subscription", "OneTime"]
    assert purchase["state"]["enum"] == ["Created", "Processing", "Ongoing", "Denied", "Closed", "Cancelled"]
    assert purchase["axisSectionIds"]["items"] == {"type": "integer"}
    assert purchase["createdAt"]["format"] == purchase["modifiedAt"]["format"] == "date-time"
    subscription = schemas["subscription-commitment"]["properties"]
    for name in ("startDate", "firstInvoiceDate", "subscriptionEndDate"):
        assert subscription[name] == {"type": "string", "format": "date"}, name
    assert subscription["contractualEndDate"] == {"type": ["string", "null"], "format": "date"}
    assert subscription["attachments"]["items"]["properties"]["createdAt"]["format"] == "date-time"
    assert schemas["file-reference"]["properties"]["id"] == {"type": "string", "format": "uuid"}


def test_seed_href_formats_follow_the_examples(schemas: dict[str, Any]) -> None:
    relative = [
        "nature-reference",
        "cost-center-reference",
        "supplier-reference",
        "purchase-reference",
        "file-reference",
    ]
    for name in relative:
        assert schemas[name]["properties"]["href"]["format"] == "uri-reference", name
    assert schemas["file-reference"]["properties"]["displayHref"]["format"] == "uri-reference"
    for name in ("department-reference", "territory-reference"):  # absolute URLs in the example
        assert schemas[name]["properties"]["href"]["format"] == "uri", name


def test_seed_money_shapes(schemas: dict[str, Any]) -> None:
    money = {"$ref": SCHEMAS + "money"}
    assert schemas["money"]["properties"] == {"value": {"type": "number"}, "currency": {"type": "string"}}
    assert schemas["multi-currency-amount"]["properties"] == {
        "base": money,
        "counter": money,
        "rate": {"type": "number"},
    }
    taxed = {"$ref": SCHEMAS + "amount-with-taxes"}
    assert schemas["multi-currency-amount-with-taxes"]["properties"] == {
        "base": taxed,
        "counter": taxed,
        "rate": {"type": "number"},  # always 1 in the example, still a rate
    }
    assert list(schemas["amount-with-taxes"]["properties"]) == ["excludingTaxes", "taxes", "includingTaxes"]
    assert (
        schemas["multi-currency-amount"]["description"] == "Represents an amount of money in two different currencies."
    )


def test_seed_aggregated_states(schemas: dict[str, Any], purchase: dict[str, Any]) -> None:
    assert target(purchase["aggregatedStates"]) == "purchase-aggregated-states"
    states = schemas["purchase-aggregated-states"]["properties"]
    assert list(states) == ["creditNotes", "invoices", "invoicesPayments", "creditNotesPayments"]
    assert states["invoicesPayments"]["properties"]["paid"] == {"type": "integer"}


def test_seed_diagnostics_report_what_the_page_does_not_show(seed: ImportResult) -> None:
    by_code = {d.code: d for d in seed.diagnostics}
    assert Level.ERROR not in {d.level for d in seed.diagnostics}
    assert by_code["unseen-variant"].place == "329" and "one-time-commitment" in by_code["unseen-variant"].message
    assert by_code["no-example"].place == "525" and "axis-section-reference" in by_code["no-example"].message
    assert by_code["empty-array"].place == "85" and "taxes" in by_code["empty-array"].message
    assert by_code["null-only"].place == "77"
    assert "unplaced-line" not in by_code  # every line of the seed found its place
    assert all(d.file == str(SEED) for d in seed.diagnostics)


def test_seed_merged_with_known_is_valid_openapi_31(seed: ImportResult, known: dict[str, Any]) -> None:
    merged = merge(known, seed.document)
    validate(merged)
    assert set(merged["paths"]) == {
        "/cleemy-procurement/services/imports/costcenters",
        "/cleemy-procurement/api/purchases",
    }


def test_seed_example_response_validates_byte_for_byte(seed: ImportResult, known: dict[str, Any]) -> None:
    text = seed_example_text()
    page = parse_page(SourceDocument(SEED, SEED.read_text(encoding="utf-8")))
    assert page.response_example is not None and page.response_example.text == text
    merged = merge(known, seed.document)
    assert errors(merged, "purchase", json.loads(text)) == []


def test_seed_example_would_fail_a_strict_uri_format(seed: ImportResult, known: dict[str, Any]) -> None:
    """Control: the format checks bite, so `uri-reference` on relative hrefs is what makes it pass."""
    merged = merge(known, seed.document)
    merged["components"]["schemas"]["nature-reference"]["properties"]["href"]["format"] = "uri"
    assert errors(merged, "purchase", json.loads(seed_example_text())) == [
        "nature/href: '/cleemy-procurement/api/natures/1' is not a 'uri'"
    ]


def test_seed_request_body_validates(seed: ImportResult, known: dict[str, Any]) -> None:
    merged = merge(known, seed.document)
    body = seed.document["paths"]["/cleemy-procurement/api/purchases"]["post"]["requestBody"]
    example = body["content"]["application/json"]["example"]
    assert example["supplier"] == {"id": 6} and example["axisSectionIds"] == [361]
    assert errors(merged, "purchase", example) == []
    assert errors(merged, "purchase", {**example, "ownerId": "35"}) == ["ownerId: '35' is not of type 'integer'"]
    assert errors(merged, "purchase", {**example, "type": "Lease"}) == [
        "type: 'Lease' is not one of ['Subscription', 'OneTime']"
    ]


def test_seed_import_is_deterministic_and_leaves_known_alone(known: dict[str, Any]) -> None:
    before = copy.deepcopy(known)
    first, second = run(SEED, known), run(SEED, known)
    assert json.dumps(first.document) == json.dumps(second.document)
    assert known == before


def test_seed_without_known_stands_alone() -> None:
    result = run(SEED, {})
    validate(result.document)
    schemas = result.document["components"]["schemas"]
    assert schemas["user-reference"]["title"] == "Reference to a user"
    assert {"establishment-reference", "department-reference"} <= set(schemas)
    assert result.document["paths"]["/cleemy-procurement/api/purchases"]["parameters"][0]["name"] == "Authorization"
    assert result.document["servers"][0]["variables"]["host"]["default"] == "example.ilucca.net"
    assert errors(result.document, "purchase", json.loads(seed_example_text())) == []


# ----------------------------------------------------------------------------------- bad input


def seed_until(marker: str, *, keep_marker: bool = False) -> str:
    text = SEED.read_text(encoding="utf-8")
    cut = text.index(marker) + (len(marker) if keep_marker else 0)
    return text[:cut]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (seed_until('  "ownerId": 35,\n', keep_marker=True), "9", "curl example is cut off"),
        # the place is where the text stops; the message says where the example began
        (seed_until('    "purchase": {'), "41", "example response (from line 27) is cut off"),
        (seed_until("\nResponse\n"), "424", "no Response block"),
        (
            seed_until("Subscription,\nOneTime\ntitle") + "Subscription,\n",
            "321",
            "'Available options:' list is cut off",
        ),
        ("POST\n/\ncleemy-procurement\n", "3", "path after the method line is missing or cut off"),
    ],
    ids=["in-curl", "in-example", "before-response", "in-options", "after-path"],
)
def test_truncated_seed_is_one_clear_error(text: str, line: str, words: str) -> None:
    with pytest.raises(SpecFoundryError) as caught:
        run(SEED, text=text)
    error = caught.value
    assert words in error.message
    assert (error.file, error.place) == (str(SEED), line)
    assert error.fix and "capture" in error.fix


def test_truncated_fixture_points_at_the_cut() -> None:
    with pytest.raises(SpecFoundryError) as caught:
        run(FIXTURES / "truncated-example.txt")
    rendered = str(caught.value)
    assert rendered.startswith(f"error: {FIXTURES / 'truncated-example.txt'}:12: the example response (from line 7)")
    assert "\n  fix: capture the whole rendered page again" in rendered


@pytest.mark.parametrize("text", ["", "\n\n", "Create a Purchase\nPOST\n"])
def test_page_without_method_line_is_rejected(text: str) -> None:
    with pytest.raises(SpecFoundryError) as caught:
        run(SEED, text=text)
    assert caught.value.message.startswith(("the page is empty", "expected the HTTP method"))


def test_unknown_type_notation_in_a_page() -> None:
    with pytest.raises(SpecFoundryError) as caught:
        run(FIXTURES / "unknown-type.txt")
    error = caught.value
    assert (error.file, error.place) == (str(FIXTURES / "unknown-type.txt"), "22")
    assert error.message == "unknown type notation `map<string, integer>`"


def test_unknown_type_notation_in_the_seed() -> None:
    text = SEED.read_text(encoding="utf-8").replace("axisSectionIds\ninteger[]", "axisSectionIds\nintegr[]")
    with pytest.raises(SpecFoundryError) as caught:
        run(SEED, text=text)
    assert (caught.value.place, caught.value.message) == ("412", "unknown type notation `integr[]`")


def test_unregistered_format_is_a_warning_with_the_closest_name(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "GET\n/\napi\n/\nthings\nGet Things\n\nResponse\n\n200 - application/json\n\nOK\n\ncount\ninteger<int3é>\n"
    )
    result = run(page)
    (finding,) = [d for d in result.diagnostics if d.code == "unknown-format"]
    assert finding.place == "15" and finding.fix and "'int32'" in finding.fix


def test_unplaced_text_is_reported_not_dropped(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        'GET\n/\napi\n/\nthings\nGet Things\n{"a": 1}\nTry it\n\nHeaders\n\nStray words\n\n'
        "Response\n\n200 - application/json\n\nOK\n\na\ninteger\n"
    )
    result = run(page)
    unplaced = {(d.place, d.message) for d in result.diagnostics if d.code == "unplaced-line"}
    assert unplaced == {
        ("8", "line not placed: 'Try it'"),
        ("12", "text in the Headers block not placed: 'Stray words'"),
    }


# ----------------------------------------------------------------------------------- field map


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("purchase_field_map", ROOT / "scripts" / "purchase_field_map.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_field_map_lists_every_page_field_where_the_importer_put_it(known: dict[str, Any]) -> None:
    script = load_script()
    rows, document = script.field_map(SEED, known)
    page = parse_page(SourceDocument(SEED, SEED.read_text(encoding="utf-8")))
    assert page.body is not None
    listed = len(page.parameters["header"]) + len(page.body.fields) + sum(len(r.fields) for r in page.responses)
    assert len(rows) == listed == 1 + 21 + 22
    assert not [row for row in rows if "not placed" in row[3]]
    by_field = {(row[0], row[1].split("`")[1]): row for row in rows}
    assert by_field[("Headers", "Authorization")][3:] == [
        "`Authorization` (known) `#/components/parameters/Authorization`", "string", "", "", "yes",
    ]  # fmt: skip
    assert by_field[("Body", "ownerId")][6] == "yes (listed only under Body)"
    assert by_field[("Response 201", "costCenter")][4:6] == ["`cost-center-reference`", "yes"]
    assert "discriminator `type`" in by_field[("Response 201", "commitment")][4]
    table = script.render(rows, document, known)
    assert table.count("\n| ") == 44  # one row per field, after the header line
    assert "Known components reused: `establishment-reference`, `user-reference`" in table
