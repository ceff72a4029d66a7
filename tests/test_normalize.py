"""Normalization: read/write split, auth lifting, server template, names."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecFoundryError
from generator.normalize import normalize
from generator.normalize.auth import lift_auth
from generator.normalize.names import strip_component_titles
from generator.normalize.operation_names import name_operations
from generator.normalize.readwrite import split_read_write
from generator.normalize.servers import lift_server
from generator.yamlio import load_yaml

LUCCA = Path(__file__).resolve().parents[1] / "specs" / "lucca-invoices"
IMPORT_PATH = "/cleemy-procurement/services/imports/costcenters"
REF = "#/components/schemas/"


def curated() -> dict[str, Any]:
    document = load_yaml((LUCCA / "openapi.yaml").read_text(encoding="utf-8"), file="openapi.yaml")
    assert isinstance(document, dict)
    return document


def body_schema(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def round_trip_spec() -> dict[str, Any]:
    """A schema used both ways, with a nested reference that itself has read-only fields."""
    return {
        "openapi": "3.1.0",
        "paths": {
            "/things": {
                "post": {
                    "requestBody": body_schema({"$ref": REF + "thing"}),
                    "responses": {"201": {"description": "ok", **body_schema({"$ref": REF + "thing"})}},
                }
            }
        },
        "components": {
            "schemas": {
                "thing": {
                    "type": "object",
                    "required": ["id", "name", "ownerId"],
                    "properties": {
                        "id": {"type": "integer", "readOnly": True},
                        "name": {"type": "string"},
                        "ownerId": {"type": "integer", "writeOnly": True},
                        "owner": {"allOf": [{"$ref": REF + "user"}, {"readOnly": True, "description": "Owner."}]},
                        "tags": {"type": "array", "items": {"$ref": REF + "tag"}},
                    },
                },
                "user": {
                    "type": "object",
                    "properties": {"id": {"type": "integer"}, "name": {"type": "string", "readOnly": True}},
                },
                "tag": {"type": "object", "properties": {"label": {"type": "string"}}},
                "unused": {"type": "object", "properties": {"x": {"type": "string", "readOnly": True}}},
            }
        },
    }


def test_split_makes_request_and_response_variants() -> None:
    result = split_read_write(round_trip_spec())
    schemas = result["components"]["schemas"]
    operation = result["paths"]["/things"]["post"]
    assert operation["requestBody"]["content"]["application/json"]["schema"] == {"$ref": REF + "thing-request"}
    assert operation["responses"]["201"]["content"]["application/json"]["schema"] == {"$ref": REF + "thing-response"}
    request, response = schemas["thing-request"], schemas["thing-response"]
    assert set(request["properties"]) == {"name", "ownerId", "tags"}
    assert request["required"] == ["name", "ownerId"]
    assert set(response["properties"]) == {"id", "name", "owner", "tags"}
    assert response["required"] == ["id", "name"]
    # the annotated reference collapses to the response variant of the referenced schema
    assert response["properties"]["owner"] == {"$ref": REF + "user-response", "description": "Owner."}
    # schemas without read/write-only parts keep their name; unreached variants are not generated
    assert "tag" in schemas and request["properties"]["tags"]["items"] == {"$ref": REF + "tag"}
    assert {"thing", "user", "unused", "user-request", "unused-request", "unused-response"}.isdisjoint(schemas)


def test_split_terminates_on_recursive_schemas() -> None:
    document = {
        "openapi": "3.1.0",
        "paths": {"/n": {"get": {"responses": {"200": {"description": "ok", **body_schema({"$ref": REF + "node"})}}}}},
        "components": {
            "schemas": {
                "node": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "integer", "readOnly": True},
                        "children": {"type": "array", "items": {"$ref": REF + "node"}},
                    },
                }
            }
        },
    }
    schemas = split_read_write(document)["components"]["schemas"]
    assert schemas["node-response"]["properties"]["children"]["items"] == {"$ref": REF + "node-response"}


def test_lucca_request_and_response_types_carry_the_right_fields() -> None:
    document = normalize(
        curated(), {"auth": {"header": "Authorization", "value": "lucca application={api_key}"}}
    ).document
    schemas = document["components"]["schemas"]
    response = schemas["cost-center-response"]["properties"]
    assert {"id", "owner", "establishments"} <= set(response)
    assert {"ownerId", "establishmentIds"}.isdisjoint(response)
    operation = document["paths"][IMPORT_PATH]["post"]
    # The inline body and its items are components now, named once for both packages.
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": REF + "ImportCostCentersRequest"}
    assert schemas["ImportCostCentersRequest"]["properties"]["items"]["items"] == {
        "$ref": REF + "ImportCostCentersRequestItem"
    }
    items = schemas["ImportCostCentersRequestItem"]
    assert {"ownerId", "establishmentIds"} <= set(items["properties"])
    assert {"id", "owner", "establishments"}.isdisjoint(items["properties"])


def test_auth_header_parameter_becomes_a_security_scheme() -> None:
    document, auth = lift_auth(curated(), {"header": "Authorization", "value": "lucca application={api_key}"})
    assert auth is not None and auth.header_value("k3y") == "lucca application=k3y"
    assert "parameters" not in document["paths"][IMPORT_PATH]
    assert "parameters" not in document.get("components", {})
    assert document["components"]["securitySchemes"]["api_key"] == {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": "Header value: `lucca application={api_key}`.",
    }
    assert document["paths"][IMPORT_PATH]["post"]["security"] == [{"api_key": []}]


def test_declared_bearer_scheme_is_lifted_without_settings() -> None:
    document = {
        "openapi": "3.0.3",
        "paths": {"/x": {"get": {"responses": {}}}},
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
        "security": [{"bearer": []}],
    }
    lifted, auth = lift_auth(document, {})
    assert auth is not None and auth.header == "Authorization" and auth.header_value("t") == "Bearer t"
    assert lifted["paths"]["/x"]["get"]["security"] == [{"bearer": []}]


def test_auth_template_without_placeholder_is_rejected() -> None:
    with pytest.raises(SpecFoundryError, match=r"no \{api_key\}"):
        lift_auth(curated(), {"value": "lucca application"})


def test_server_template_becomes_client_arguments() -> None:
    _, server = lift_server(curated())
    assert server.url_template == "https://{host}"
    assert [(v.python_name, v.default) for v in server.variables] == [("host", "example.ilucca.net")]
    assert server.default_url == "https://example.ilucca.net"
    assert server.url(host="acme.ilucca-test.net") == "https://acme.ilucca-test.net"
    assert server.variables[0].description.startswith("The URL of your dedicated Lucca account")


def test_component_titles_do_not_name_classes() -> None:
    schemas = strip_component_titles(curated())["components"]["schemas"]
    assert all("title" not in schema for schema in schemas.values())


def test_blank_titles_go_everywhere_other_titles_and_properties_named_title_stay() -> None:
    """openapi-python-client names an inline schema after its title; a blank one (`title: " "`, as in the
    public 3.0-complex-nesting example) collided with its parent's name and broke the client's imports."""
    body = {
        "type": "object",
        "properties": {
            "title": {"type": "string", "title": "Title"},
            "metadata": {"oneOf": [{"title": " ", "type": "object"}, {"title": "Named", "type": "object"}]},
        },
        "additionalProperties": {"title": "", "type": "object"},
    }
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {
                "post": {"responses": {"200": {"description": "ok", "content": {"application/json": {"schema": body}}}}}
            }
        },
    }
    stripped = strip_component_titles(document)
    schema = stripped["paths"]["/a"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["properties"]["title"] == {"type": "string", "title": "Title"}
    assert schema["properties"]["metadata"]["oneOf"] == [{"type": "object"}, {"title": "Named", "type": "object"}]
    assert schema["additionalProperties"] == {"type": "object"}
    assert document["paths"]["/a"]["post"]["responses"]["200"]["content"]["application/json"]["schema"] == {
        **body
    }  # pure: the input is untouched
    assert body["additionalProperties"] == {"title": "", "type": "object"}


def test_hash_operation_ids_get_names_from_summaries_and_collisions_are_qualified() -> None:
    hashes = iter(f"{index:032x}" for index in range(1, 10))
    document = {
        "paths": {
            "/api/v1.0/companies/{companyID}/jobCostCenters/": {
                "get": {"operationId": next(hashes), "summary": "List all cost centers."}
            },
            "/api/v1.0/companies/{companyID}/setup/accounts/costCenters/": {
                "get": {"operationId": next(hashes), "summary": "List all cost centers."},
                "post": {"operationId": next(hashes), "summary": "Create a new cost center."},
            },
            "/api/v1.0/companies/{companyID}/invoices/{invoiceID}/costCenters/{costCenterID}": {
                "get": {"operationId": next(hashes), "summary": "Retrieve details for a specific invoice cost center."},
                "delete": {
                    "operationId": next(hashes),
                    "summary": "Delete a invoice cost center.",
                    "x-specfoundry-name": "remove_cost_center_from_invoice",
                },
            },
            "/readable": {"get": {"operationId": "keep-me"}},
        }
    }
    named = name_operations(document)
    ids = {(path, method): op["operationId"] for path, item in named["paths"].items() for method, op in item.items()}
    assert sorted(ids.values()) == sorted(
        [
            "list_job_cost_centers",
            "list_setup_account_cost_centers",
            "create_cost_center",
            "get_invoice_cost_center",
            "remove_cost_center_from_invoice",
            "keep-me",
        ]
    )
    assert all(not value.isalnum() or not value.startswith("0000") for value in ids.values())
    # deterministic: same input, same names, whatever the path order
    reordered = {"paths": dict(reversed(list(document["paths"].items())))}
    renamed = name_operations(reordered)
    again = {
        (path, method): op["operationId"] for path, item in renamed["paths"].items() for method, op in item.items()
    }
    assert again == ids


def test_discriminator_mappings_follow_the_split() -> None:
    document = {
        "openapi": "3.1.0",
        "paths": {"/p": {"get": {"responses": {"200": {"description": "ok", **body_schema({"$ref": REF + "pet"})}}}}},
        "components": {
            "schemas": {
                "pet": {
                    "oneOf": [{"$ref": REF + "cat"}, {"$ref": REF + "dog"}],
                    "discriminator": {"propertyName": "type", "mapping": {"Cat": REF + "cat", "Dog": REF + "dog"}},
                },
                "cat": {
                    "type": "object",
                    "properties": {"type": {"type": "string"}, "secret": {"type": "string", "writeOnly": True}},
                },
                "dog": {"type": "object", "properties": {"type": {"type": "string"}}},
            }
        },
    }
    schemas = split_read_write(document)["components"]["schemas"]
    pet = schemas["pet-response"]
    assert pet["discriminator"]["mapping"] == {"Cat": REF + "cat-response", "Dog": REF + "dog"}
    assert pet["oneOf"] == [{"$ref": REF + "cat-response"}, {"$ref": REF + "dog"}]
    assert "secret" not in schemas["cat-response"]["properties"]


def test_inline_enums_become_one_shared_component() -> None:
    from generator.normalize.enums import hoist_inline_enums

    document = {
        "components": {
            "schemas": {
                "purchase": {
                    "type": "object",
                    "properties": {
                        "type": {
                            "type": "string",
                            "enum": ["Subscription", "OneTime"],
                            "description": "Type.",
                            "readOnly": True,
                        },
                        "maybe": {"type": ["string", "null"], "enum": ["a", None]},
                        "kind": {"type": "string", "enum": ["x"]},
                    },
                },
                "purchase-kind": {"type": "string", "enum": ["other"]},
            }
        }
    }
    schemas = hoist_inline_enums(document)["components"]["schemas"]
    assert schemas["purchase"]["properties"]["type"] == {
        "$ref": REF + "purchase-type",
        "description": "Type.",
        "readOnly": True,
    }
    assert schemas["purchase-type"] == {"type": "string", "enum": ["Subscription", "OneTime"]}
    assert schemas["purchase"]["properties"]["maybe"]["enum"] == ["a", None]  # nullable enums stay inline
    # a name already taken by another schema gets a suffix instead of clobbering it
    assert schemas["purchase-kind"] == {"type": "string", "enum": ["other"]}
    assert schemas["purchase"]["properties"]["kind"] == {"$ref": REF + "purchase-kind-2"}


def test_a_qualified_name_never_takes_a_name_another_operation_has() -> None:
    document = {
        "paths": {
            "/api/v1.0/companies/{companyID}/jobCostCenters/": {"get": {"summary": "List all cost centers."}},
            "/api/v1.0/companies/{companyID}/setup/accounts/costCenters/": {
                "get": {"summary": "List all cost centers."}
            },
            "/api/v1.0/companies/{companyID}/jobs/{jobID}/sections/{sectionID}/costCenters/": {
                "get": {"summary": "List all job cost centers."}
            },
        }
    }
    named = name_operations(document)["paths"]
    ids = {path: item["get"]["operationId"] for path, item in named.items()}
    assert ids["/api/v1.0/companies/{companyID}/jobs/{jobID}/sections/{sectionID}/costCenters/"] == (
        "list_job_cost_centers"
    )
    # `list_job_cost_centers` is taken: the company-wide list spans every job
    assert ids["/api/v1.0/companies/{companyID}/jobCostCenters/"] == "list_all_job_cost_centers"
    assert ids["/api/v1.0/companies/{companyID}/setup/accounts/costCenters/"] == "list_setup_account_cost_centers"


def _named(operations: dict[tuple[str, str], dict[str, object]]) -> dict[tuple[str, str], str]:
    """(path, method) → the derived operationId, for operations with MD5-like vendor ids."""
    paths: dict[str, dict[str, object]] = {}
    for index, ((path, method), operation) in enumerate(operations.items()):
        paths.setdefault(path, {})[method] = {"operationId": f"{index + 1:032x}", **operation}
    named = name_operations({"paths": paths})["paths"]
    return {(path, method): named[path][method]["operationId"] for path, method in operations}


def test_operation_names_say_what_the_operation_does_to_which_resource() -> None:
    base = "/api/v1.0/companies/{companyID}"
    work_order = "/sections/{sectionID}/costCenters/{costCenterID}/workOrders/{workOrderID}/attachments/files/"
    tag = ["Work Order Attachments"]
    names = _named(
        {
            # the same resource under jobs and under quotes: the path segment that differs tells them apart
            (f"{base}/jobs/{{jobID}}{work_order}", "post"): {
                "summary": "Create a new work order attachment.",
                "tags": tag,
            },
            (f"{base}/quotes/{{quoteID}}{work_order}", "post"): {
                "summary": "Create a new work order attachment.",
                "tags": tag,
            },
            (f"{base}/jobs/{{jobID}}{work_order}{{fileID}}", "get"): {
                "summary": "Retrieve details for a specific work order attachment.",
                "tags": tag,
            },
            # a summary that says less than its tag ("a note") takes the tag's words
            (f"{base}/invoices/{{invoiceID}}/creditNotes/{{creditNoteID}}/notes/{{noteID}}", "patch"): {
                "summary": "Update a note.",
                "tags": ["Credit Note Notes"],
            },
            (f"{base}/jobs/{{jobID}}/notes/{{noteID}}", "patch"): {"summary": "Update a note.", "tags": ["Job Notes"]},
            # one item is fetched by `get_…` in the singular, whatever the other tags holding the same summary
            (f"{base}/customerInvoices/{{customerInvoiceID}}", "get"): {
                "summary": "Retrieve details for a specific customer invoice.",
                "tags": ["Customer Invoices"],
            },
            (f"{base}/jobs/{{jobID}}/invoices/{{invoiceID}}", "get"): {
                "summary": "Retrieve details for a specific customer invoice.",
                "tags": ["Job Invoices"],
            },
            # a summary verb that contradicts the method is not trusted; one that agrees is kept
            (f"{base}/setup/taxCodes/{{taxCodeID}}", "patch"): {"summary": "List tax codes.", "tags": ["Tax Codes"]},
            (f"{base}/vendorReceipts/", "get"): {"summary": "Search vendor receipt.", "tags": ["Vendor Receipt"]},
            # no summary: the method, the path and the tag
            (f"{base}/setup/taxCodes/", "get"): {"tags": ["Tax Codes"]},
            # "an attachment to an invoice" is an attachment
            (f"{base}/invoices/{{invoiceID}}/attachments/", "post"): {"summary": "Add an attachment to an invoice."},
        }
    )
    assert names == {
        (f"{base}/jobs/{{jobID}}{work_order}", "post"): "create_job_work_order_attachment",
        (f"{base}/quotes/{{quoteID}}{work_order}", "post"): "create_quote_work_order_attachment",
        (f"{base}/jobs/{{jobID}}{work_order}{{fileID}}", "get"): "get_work_order_attachment",
        (f"{base}/invoices/{{invoiceID}}/creditNotes/{{creditNoteID}}/notes/{{noteID}}", "patch"): (
            "update_credit_note_note"
        ),
        (f"{base}/jobs/{{jobID}}/notes/{{noteID}}", "patch"): "update_job_note",
        (f"{base}/customerInvoices/{{customerInvoiceID}}", "get"): "get_customer_invoice",
        (f"{base}/jobs/{{jobID}}/invoices/{{invoiceID}}", "get"): "get_job_customer_invoice",
        (f"{base}/setup/taxCodes/{{taxCodeID}}", "patch"): "update_tax_code",
        (f"{base}/vendorReceipts/", "get"): "search_vendor_receipts",
        (f"{base}/setup/taxCodes/", "get"): "list_tax_codes",
        (f"{base}/invoices/{{invoiceID}}/attachments/", "post"): "create_attachment",
    }


def test_operation_names_do_not_depend_on_the_order_of_the_paths() -> None:
    base = "/api/v1.0/companies/{companyID}"
    operations: dict[tuple[str, str], dict[str, object]] = {
        (f"{base}/notes/customers/", "get"): {"summary": "List all notes.", "tags": ["Customer Notes"]},
        (f"{base}/customers/{{customerID}}/notes/", "get"): {"summary": "List all notes.", "tags": ["Customer Notes"]},
        (f"{base}/jobs/{{jobID}}/notes/", "get"): {"summary": "List all notes.", "tags": ["Job Notes"]},
        (f"{base}/notes/jobs/", "get"): {"summary": "List all notes.", "tags": ["Job Notes"]},
    }
    names = _named(operations)
    assert names == _named(dict(reversed(list(operations.items()))))
    assert sorted(names.values()) == [
        "list_all_customer_notes",
        "list_all_job_notes",
        "list_customer_notes",
        "list_job_notes",
    ]
    assert names[(f"{base}/notes/customers/", "get")] == "list_all_customer_notes"


def test_parameter_enums_are_named_after_the_parameter_and_shared() -> None:
    from generator.normalize.enums import hoist_inline_enums

    search = {"name": "search", "in": "query", "schema": {"type": "string", "enum": ["all", "any"]}}
    document = {"paths": {"/a": {"get": {"parameters": [dict(search)]}}, "/b": {"get": {"parameters": [dict(search)]}}}}
    result = hoist_inline_enums(document)
    assert result["components"]["schemas"] == {"search": {"type": "string", "enum": ["all", "any"]}}
    for path in ("/a", "/b"):
        assert result["paths"][path]["get"]["parameters"][0]["schema"] == {"$ref": REF + "search"}


def test_the_same_inline_enum_on_two_components_becomes_one() -> None:
    from generator.normalize.enums import hoist_inline_enums

    zones = {"type": "string", "enum": ["Europe/Paris", "Australia/Sydney"]}
    document = {
        "components": {
            "schemas": {
                "Company": {"type": "object", "properties": {"Timezone": dict(zones)}},
                "CompanyUpdate": {"type": "object", "properties": {"Timezone": {**zones, "description": "New zone."}}},
            }
        }
    }
    schemas = hoist_inline_enums(document)["components"]["schemas"]
    assert schemas["Company"]["properties"]["Timezone"] == {"$ref": REF + "Company-timezone"}
    assert schemas["CompanyUpdate"]["properties"]["Timezone"] == {
        "$ref": REF + "Company-timezone",
        "description": "New zone.",
    }
    assert "CompanyUpdate-timezone" not in schemas


def test_enums_whose_keys_become_one_class_name_are_kept_apart() -> None:
    """Simpro's Schedule.Type enum (`Schedule-type`) and its ScheduleType query parameter (`schedule-type`)
    are both class `ScheduleType` to the generators, which then drop both; the parameter's gets its own name."""
    from generator.normalize.enums import hoist_inline_enums

    document = {
        "paths": {
            "/timesheets": {
                "get": {
                    "parameters": [
                        {
                            "name": "ScheduleType",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["Schedule", "WorkOrders"]},
                        }
                    ]
                }
            }
        },
        "components": {
            "schemas": {
                "Schedule": {"type": "object", "properties": {"Type": {"type": "string", "enum": ["lead", "job"]}}},
            }
        },
    }
    hoisted = hoist_inline_enums(document)
    schemas = hoisted["components"]["schemas"]
    folded = [re.sub(r"[^a-z0-9]", "", key.lower()) for key in schemas]
    assert len(folded) == len(set(folded))  # no two keys make one class name
    parameter = hoisted["paths"]["/timesheets"]["get"]["parameters"][0]["schema"]["$ref"].rsplit("/", 1)[1]
    assert schemas[parameter]["enum"] == ["Schedule", "WorkOrders"]
    assert parameter == "schedule-type-parameter"
