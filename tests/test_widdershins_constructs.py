"""Constructs Widdershins 4.0.1 writes that Simpro's pages do not have, each from a small source spec
written here, rendered by the real Widdershins with Simpro's flags, imported, and compared with the source
(tests/widdershins_fidelity.py: operations by `outline`, schemas by `compare_schemas`). Where the page
lacks what the source said, the test asserts the warning that says so, at its line."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecFoundryError
from generator.importers.base import ImportResult
from tests.widdershins_fidelity import compare_schemas, import_markdown, import_source, outline, render_spec

OK = {"200": {"description": "OK"}}


def spec(paths: dict[str, Any], **top: Any) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "Constructs", "version": "1.0"}, **top, "paths": paths}


def rendered(source: dict[str, Any], tmp_path: Path) -> tuple[ImportResult, Path]:
    markdown = render_spec(source, tmp_path)
    return import_markdown(markdown), markdown


def line_of(markdown: Path, text: str) -> str:
    """The 1-based line number of the first line equal to `text`."""
    return str(markdown.read_text(encoding="utf-8").split("\n").index(text) + 1)


def assert_matches(source: dict[str, Any], imported: dict[str, Any]) -> None:
    want, got = outline(source), outline(imported)
    assert got == want
    unequal = [c for c in compare_schemas(source, imported) if not c.equal]
    assert not unequal


# -- callbacks -------------------------------------------------------------------------------------------
def _callback_operation(operation_id: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "summary": f"{operation_id} summary",
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {"type": "object", "required": ["id"], "properties": properties},
                }
            },
        },
        "responses": {"204": {"description": "Received"}, "410": {"description": "Unsubscribed"}},
    }


CALLBACKS = spec(
    {
        "/subscriptions": {
            "post": {
                "operationId": "subscribe",
                "parameters": [{"name": "url", "in": "query", "required": True, "schema": {"type": "string"}}],
                "responses": {"201": {"description": "Subscribed"}},
                "callbacks": {
                    "onEvent": {
                        "{$request.query.url}/events": {
                            "post": _callback_operation(
                                "onEvent",
                                {"id": {"type": "integer"}, "kind": {"type": "string", "enum": ["a", "b"]}},
                            ),
                            "delete": _callback_operation("onEventDelete", {"id": {"type": "string"}}),
                        },
                        "{$request.query.url}/other": {"post": _callback_operation("onOther", {"id": {}})},
                    },
                    "onCancel": {"{$request.query.url}/cancel": {"post": _callback_operation("onCancel", {"id": {}})}},
                },
            }
        }
    }
)
EVENTS = "{$request.query.url}/events"


def test_callbacks_are_read_as_operation_callbacks(tmp_path: Path) -> None:
    result, _ = rendered(CALLBACKS, tmp_path)
    imported = result.document["paths"]["/subscriptions"]["post"]
    assert list(imported["callbacks"]) == ["onEvent", "onCancel"]
    on_event = imported["callbacks"]["onEvent"][EVENTS]["post"]
    assert on_event["operationId"] == "onEvent" and on_event["summary"] == "onEvent summary"
    assert "tags" not in on_event
    assert imported["callbacks"]["onEvent"][EVENTS]["put"]["operationId"] == "onEventDelete"
    # All that the page shows comes back as the source said: not the method of a second operation under
    # one expression (see the next test), nor the callbacks after the first (the one after that).
    source = copy.deepcopy(CALLBACKS)
    callbacks = source["paths"]["/subscriptions"]["post"]["callbacks"]
    callbacks["onEvent"][EVENTS]["put"] = callbacks["onEvent"][EVENTS].pop("delete")
    callbacks["onCancel"] = {}
    assert_matches(source, result.document)


def test_a_callbacks_method_is_not_on_the_page_and_the_guess_is_a_located_warning(tmp_path: Path) -> None:
    result, markdown = rendered(CALLBACKS, tmp_path)
    guesses = [(d.place, d.message) for d in result.diagnostics if d.code == "widdershins-callback-method"]
    events, other = line_of(markdown, f"**{EVENTS}**"), line_of(markdown, "**{$request.query.url}/other**")
    assert [place for place, _ in guesses] == [events, events, other]
    assert "recorded as POST" in guesses[0][1] and "recorded as PUT" in guesses[1][1]
    # callbacks.def prints the parent's `POST /subscriptions` for every callback operation.
    assert markdown.read_text(encoding="utf-8").count("`POST /subscriptions`") == 4


def test_callbacks_after_the_first_are_printed_by_name_only_and_said_so(tmp_path: Path) -> None:
    """callbacks.def looks the next callback up on `data.operation`, which by then is the callback operation
    it just rendered: Widdershins 4.0.1 prints an operation's later callbacks as a bare `#### name`."""
    result, markdown = rendered(CALLBACKS, tmp_path)
    assert result.document["paths"]["/subscriptions"]["post"]["callbacks"]["onCancel"] == {}
    [lost] = [d for d in result.diagnostics if d.code == "widdershins-callback-lost"]
    assert lost.place == line_of(markdown, "#### onCancel") and "onCancel" in lost.message


@pytest.mark.parametrize("empty", [{}, {"onNothing": {}}])
def test_empty_callbacks_import_empty(empty: dict[str, Any], tmp_path: Path) -> None:
    source = spec({"/a": {"get": {"responses": OK, "callbacks": empty}}})
    result, _ = rendered(source, tmp_path)
    assert result.document["paths"]["/a"]["get"]["callbacks"] == empty


# -- text Widdershins prints verbatim ----------------------------------------------------------------------
def test_headings_inside_descriptions_are_text_not_operations(tmp_path: Path) -> None:
    described = "Lists things.\n\n## Notes\n\nBe careful.\n\n# Big heading\n\n### Deeper\n\nThe end."
    source = spec(
        {
            "/things": {
                "get": {"tags": ["Things"], "operationId": "listThings", "description": described, "responses": OK},
                "post": {"tags": ["Things"], "operationId": "createThing", "responses": OK},
            }
        },
        info={"title": "Headings", "version": "1.0", "description": "Intro.\n\n## Description\n\nMore.\n\n### Sub"},
        tags=[{"name": "Things", "description": "About things.\n\n## Tag notes\n\nMore."}],
    )
    result, _ = rendered(source, tmp_path)
    document = result.document
    assert document["info"]["description"] == source["info"]["description"]
    assert document["tags"] == source["tags"]
    assert document["paths"]["/things"]["get"]["description"] == described
    assert_matches(source, document)
    assert not [d for d in result.diagnostics if d.code == "widdershins-unplaced"]


def test_multi_line_response_descriptions_in_the_responses_table(tmp_path: Path) -> None:
    first = "First line.\nSecond line.\n\nA paragraph with a | pipe."
    source = spec(
        {
            "/things": {
                "get": {
                    "responses": {
                        "200": {"description": first, "content": {"application/json": {"schema": {"type": "string"}}}},
                        "404": {"description": "Not | found\n\n|"},
                        "500": {"description": "Broken."},
                    }
                }
            }
        }
    )
    result, _ = rendered(source, tmp_path)
    responses = result.document["paths"]["/things"]["get"]["responses"]
    assert [responses[status]["description"] for status in responses] == [first, "Not | found\n\n|", "Broken."]
    assert_matches(source, result.document)


def test_a_row_cut_inside_a_multi_line_description_is_still_an_error(tmp_path: Path) -> None:
    source = spec({"/a": {"get": {"responses": {"200": {"description": "One.\n\nTwo."}}}}})
    markdown = render_spec(source, tmp_path)
    text = markdown.read_text(encoding="utf-8")
    markdown.write_text(text.replace("Two.|None|", "Two."), encoding="utf-8")
    with pytest.raises(SpecFoundryError, match=re.escape("not closed by '|'")) as raised:
        import_markdown(markdown)
    assert raised.value.place == line_of(markdown, "|200|[OK](https://tools.ietf.org/html/rfc7231#section-6.3.1)|One.")


def test_server_variables_and_the_api_header_lines(tmp_path: Path) -> None:
    servers = [
        {
            "url": "https://{region}.example.com/{base}",
            "variables": {
                "region": {"description": "Region code", "default": "eu", "enum": ["eu", "us"]},
                "base": {"default": "v1"},
            },
        },
        {"url": "https://static.example.com"},
    ]
    info = {
        "title": "Header",
        "version": "3.1",
        "description": "Intro.",
        "termsOfService": "https://example.com/terms",
        "contact": {"name": "API team", "email": "api@example.com", "url": "https://example.com/help"},
        "license": {"name": "MIT", "url": "https://example.com/mit"},
    }
    result, _ = rendered(spec({"/a": {"get": {"responses": OK}}}, info=info, servers=servers), tmp_path)
    assert result.document["servers"] == servers
    assert result.document["info"] == info
    assert not [d for d in result.diagnostics if d.code == "widdershins-unplaced"]


def test_header_lines_without_servers_are_not_the_description(tmp_path: Path) -> None:
    """main.dot prints 'Support' for a contact without a name, and no link for a licence without a URL."""
    info = {"title": "Header", "version": "1", "contact": {"email": "a@example.com"}, "license": {"name": "MIT"}}
    result, _ = rendered(spec({"/a": {"get": {"responses": OK}}}, info=info), tmp_path)
    assert result.document["info"] == info


# -- what the page shows only in part ----------------------------------------------------------------------
def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


THING: dict[str, Any] = {
    "type": "object",
    "required": ["id"],
    "properties": {"id": {"type": "integer"}, "tags": {"type": "array"}},
}


def test_top_level_array_responses_without_an_example(tmp_path: Path) -> None:
    """Widdershins samples only an operation's first JSON response: the later ones show no example. An array
    of references prints a row of its own; an array of objects prints the rows an object would; an array of
    scalars prints nothing."""
    responses = {
        "200": {"description": "first", **_json({"type": "object", "properties": {"a": {"type": "string"}}})},
        "201": {"description": "refs", **_json({"type": "array", "items": {"$ref": "#/components/schemas/Thing"}})},
        "202": {
            "description": "described refs",
            **_json({"type": "array", "description": "Some things.", "items": {"$ref": "#/components/schemas/Thing"}}),
        },
        "206": {
            "description": "objects",
            **_json({"type": "array", "items": {"type": "object", "properties": {"b": {"type": "integer"}}}}),
        },
        "208": {"description": "scalars", **_json({"type": "array", "items": {"type": "string"}})},
    }
    source = spec({"/things": {"get": {"responses": responses}}}, components={"schemas": {"Thing": THING}})
    result, markdown = rendered(source, tmp_path)
    imported = result.document["paths"]["/things"]["get"]["responses"]
    schemas = {status: imported[status]["content"]["application/json"]["schema"] for status in imported}
    assert schemas["201"] == {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}
    assert schemas["202"] == {**schemas["201"], "description": "Some things."}
    assert schemas["208"] == {}
    compared = {c.site: c.equal for c in compare_schemas(source, result.document)}
    assert compared == {
        "GET /things 200": True,
        "GET /things 201": True,
        "GET /things 202": True,
        "GET /things 206": False,
        "GET /things 208": False,
    }
    said = {(d.place, d.message.split(" shows ")[0]) for d in result.diagnostics if d.code == "widdershins-inferred"}
    assert said == {
        (line_of(markdown, "Status Code **206**"), "response 206"),
        (line_of(markdown, "|208|Unknown|scalars|Inline|"), "response 208"),
    }


def test_bodies_shown_only_as_a_generated_example(tmp_path: Path) -> None:
    """A body schema without `type: object` prints as a bare `object` row with no property rows."""
    typeless = {
        "required": ["n"],
        "properties": {
            "n": {"type": "string"},
            "m": {"type": "integer"},
            "when": {"type": "string", "format": "date-time"},
        },
    }
    source = spec({"/things": {"post": {"requestBody": _json(typeless), "responses": OK}}})
    result, markdown = rendered(source, tmp_path)
    [said] = [d for d in result.diagnostics if d.code == "widdershins-inferred"]
    assert said.place == line_of(markdown, "|body|body|object|false|none|")
    # Required-ness is not on the page: only the properties are compared.
    assert [c.differences for c in compare_schemas(source, result.document)] == [
        ('required: missing (source has ["n"])',)
    ]


# -- security ---------------------------------------------------------------------------------------------
SCHEMES: dict[str, Any] = {
    "key": {"type": "apiKey", "name": "X-Key", "in": "header", "description": "A key."},
    "login": {
        "type": "oauth2",
        "flows": {"password": {"tokenUrl": "https://example.com/token", "scopes": {"any": "Anything"}}},
    },
    "partner": {
        "type": "oauth2",
        "description": "Partners.",
        "flows": {
            "authorizationCode": {
                "authorizationUrl": "https://example.com/authorize",
                "tokenUrl": "https://example.com/token",
                "scopes": {"read": "Read things", "write": "Write things"},
            },
            "implicit": {"authorizationUrl": "https://example.com/authorize", "scopes": {"read": "Read things"}},
        },
    },
    "session": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
    "passwords": {"type": "http", "scheme": "basic"},
    "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://example.com/.well-known/openid-configuration"},
}


def test_security_schemes_and_requirements_of_every_kind(tmp_path: Path) -> None:
    """security.def names API keys only: HTTP and OAuth 2 schemes are named from the operations' notes
    (scoped names are OAuth 2), and an OpenID Connect scheme is not printed at all."""
    operations = {
        "get": {"security": [{"partner": ["read"]}, {"session": []}], "responses": OK},
        "put": {"security": [{"partner": ["read", "write"], "key": []}], "responses": OK},
        "post": {"security": [{"passwords": []}, {"login": ["any"]}], "responses": OK},
        "delete": {"security": [{"oidc": ["openid"]}], "responses": OK},
        "patch": {"security": [], "responses": OK},
        "head": {"responses": OK},  # the document's requirement
    }
    source = spec({"/things": operations}, security=[{"key": []}], components={"securitySchemes": SCHEMES})
    result, markdown = rendered(source, tmp_path)
    schemes = result.document["components"]["securitySchemes"]
    printed = {name: scheme for name, scheme in SCHEMES.items() if name != "oidc"}
    printed["session"] = {"type": "http", "scheme": "bearer"}  # security.def prints no bearerFormat
    assert schemes == printed
    assert_matches(source, result.document)  # the requirements in force, operation by operation
    said = {_quoted(d.message): d.place for d in result.diagnostics if d.code == "widdershins-security"}
    # Two HTTP schemes whose names say nothing of their kind: matched by the order of use, and said so.
    assert said == {
        "session": line_of(markdown, "# Authentication"),
        "oidc": line_of(markdown, "oidc ( Scopes: openid )"),
    }


def _quoted(message: str) -> str:
    found = re.search(r"'([^']+)'", message)
    assert found is not None
    return found.group(1)


def test_schemes_of_one_kind_told_apart_by_order_alone_are_said(tmp_path: Path) -> None:
    schemes = {"first": {"type": "http", "scheme": "bearer"}, "second": {"type": "http", "scheme": "bearer"}}
    operations = {
        "get": {"security": [{"second": []}], "responses": OK},
        "put": {"security": [{"first": []}], "responses": OK},
    }
    source = spec({"/a": operations}, components={"securitySchemes": schemes})
    result, markdown = rendered(source, tmp_path)
    assert set(result.document["components"]["securitySchemes"]) == {"first", "second"}
    guessed = [d for d in result.diagnostics if d.code == "widdershins-security"]
    assert [d.place for d in guessed] == [line_of(markdown, "# Authentication")]  # the second is what is left


# -- parameters, headers and bodies ---------------------------------------------------------------------
def _parameter(name: str, where: str, schema: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"name": name, "in": where, "schema": schema, **({"required": True} if where == "path" else {}), **more}


def test_enums_in_parameters_of_every_place_and_type(tmp_path: Path) -> None:
    parameters = [
        _parameter("kind", "path", {"type": "string", "enum": ["cat", "dog"]}),
        _parameter("breed", "query", {"type": "string", "enum": ["big", "small", "cat"]}),
        _parameter("size", "query", {"type": "integer", "format": "int32", "enum": [1, 2, 3]}),
        _parameter("ratio", "query", {"type": "number", "enum": [0.5, 1.5]}),
        _parameter("flag", "query", {"type": "boolean", "enum": [True]}),
        _parameter("fields", "query", {"type": "array", "items": {"type": "string", "enum": ["id", "name"]}}),
        _parameter("X-Mode", "header", {"type": "string", "enum": ["fast mode", "safe mode"]}),
        _parameter("when", "query", {"type": "string", "format": "date", "enum": ["2024-01-01"]}),
        _parameter("theme", "cookie", {"type": "string", "enum": ["dark", "light"]}),
    ]
    source = spec({"/pets/{kind}": {"get": {"parameters": parameters, "responses": OK}}})
    result, _ = rendered(source, tmp_path)
    assert_matches(source, result.document)
    imported = {
        (p["name"], p["in"]): p["schema"] for p in result.document["paths"]["/pets/{kind}"]["get"]["parameters"]
    }
    assert imported[("breed", "query")]["enum"] == ["big", "small", "cat"]
    assert imported[("fields", "query")] == {"type": "array", "items": {"type": "string", "enum": ["id", "name"]}}
    assert imported[("flag", "query")]["enum"] == [True] and imported[("ratio", "query")]["enum"] == [0.5, 1.5]


def test_enums_of_two_parameters_with_one_name_are_one_run_and_said_so(tmp_path: Path) -> None:
    """parameters.def lists enumerated values by bare name: `kind` in the path and in the query read as one
    run of values, and without examples nothing tells where it splits."""
    parameters = [
        _parameter("kind", "path", {"type": "string", "enum": ["cat", "dog"]}),
        _parameter("kind", "query", {"type": "string", "enum": ["big", "small"]}),
    ]
    result, markdown = rendered(spec({"/pets/{kind}": {"get": {"parameters": parameters, "responses": OK}}}), tmp_path)
    imported = [p["schema"].get("enum", []) for p in result.document["paths"]["/pets/{kind}"]["get"]["parameters"]]
    assert sorted(value for values in imported for value in values) == ["big", "cat", "dog", "small"]
    [said] = [d for d in result.diagnostics if d.code == "widdershins-enum-ambiguous"]
    assert said.place == line_of(markdown, "|kind|cat|")


def test_response_headers_on_several_statuses(tmp_path: Path) -> None:
    headers = {
        "X-Rate-Limit": {"description": "Calls left.", "schema": {"type": "integer", "format": "int32"}},
        "X-Expires": {"schema": {"type": "string", "format": "date-time"}},
        "Link": {"$ref": "#/components/headers/Link"},
    }
    responses = {
        "200": {
            "description": "OK",
            "headers": headers,
            **_json({"type": "object", "properties": {"a": {"type": "string"}}}),
        },
        "429": {"description": "Slow down", "headers": {"Retry-After": {"schema": {"type": "integer"}}}},
    }
    components = {"headers": {"Link": {"description": "Pages.", "schema": {"type": "string"}}}}
    source = spec({"/a": {"get": {"responses": responses}}}, components=components)
    result, _ = rendered(source, tmp_path)
    assert_matches(source, result.document)
    imported = result.document["paths"]["/a"]["get"]["responses"]
    assert imported["200"]["headers"]["Link"] == {"description": "Pages.", "schema": {"type": "string"}}
    assert list(imported["429"]["headers"]) == ["Retry-After"]
    compared = [c for c in compare_schemas(source, result.document) if c.kind == "header"]
    assert len(compared) == 4 and all(c.equal for c in compared)


MEDIA_TYPES = (
    "application/json",
    "application/vnd.api+json",
    "application/xml",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
    "application/octet-stream",
)


@pytest.mark.parametrize("media_type", MEDIA_TYPES)
def test_request_bodies_of_every_media_type(media_type: str, tmp_path: Path) -> None:
    """The body table and the Content-Type of the code samples are printed whatever the media type; the
    example is printed as JSON, YAML, XML or text by the media type (only JSON examples are read)."""
    if media_type == "application/octet-stream":
        schema: dict[str, Any] = {"type": "string", "format": "binary"}
    elif media_type == "text/plain":
        schema = {"type": "string"}
    else:
        schema = {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string"},
                "tags": {"type": "array", "items": {"type": "string"}},
                "file": {"type": "string", "format": "binary"},
            },
        }
    body = {"required": True, "content": {media_type: {"schema": schema}}}
    source = spec({"/things": {"post": {"requestBody": body, "responses": OK}}})
    result, _ = rendered(source, tmp_path)
    imported = result.document["paths"]["/things"]["post"]["requestBody"]
    assert list(imported["content"]) == [media_type] and imported["required"] is True
    assert_matches(source, result.document)


# -- schema composition, from each source version -----------------------------------------------------------
PET: dict[str, Any] = {
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
}
COMPOSED: dict[str, Any] = {
    "type": "object",
    "properties": {
        "pet": {
            "allOf": [
                {"$ref": "#/components/schemas/Pet"},
                {"type": "object", "properties": {"id": {"type": "integer", "format": "int64"}}},
            ]
        },
        "labels": {"type": "object", "additionalProperties": {"type": "string"}},
        "counts": {
            "type": "object",
            "additionalProperties": {"type": "object", "properties": {"n": {"type": "integer"}}},
        },
        "grid": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}},
        "rows": {
            "type": "array",
            "items": {"type": "array", "items": {"type": "object", "properties": {"cell": {"type": "string"}}}},
        },
        "status": {"type": "string", "enum": ["on", "off"], "nullable": True},
    },
}
ALTERNATIVES: dict[str, Any] = {
    "owner": {
        "oneOf": [
            {"$ref": "#/components/schemas/Pet"},
            {"type": "object", "properties": {"company": {"type": "string"}}},
        ]
    },
    "score": {"anyOf": [{"type": "number"}, {"type": "string"}]},
}


def test_composition_in_responses_and_bodies_from_openapi_3_0(tmp_path: Path) -> None:
    response = {"type": "object", "properties": {**COMPOSED["properties"], **ALTERNATIVES}}
    body = {"type": "object", "properties": {**COMPOSED["properties"], "owner": ALTERNATIVES["owner"]}}
    source = spec(
        {
            "/pets": {
                "post": {"requestBody": _json(body), "responses": {"200": {"description": "OK", **_json(response)}}}
            }
        },
        components={"schemas": {"Pet": PET}},
    )
    result, markdown = rendered(source, tmp_path)
    assert_matches(source, result.document)
    # After `rows` (an array of arrays of objects) schemaToArray prints the next rows a level too far out.
    said = [d.place for d in result.diagnostics if d.code == "widdershins-depth"]
    assert said == [
        line_of(markdown, "|status|body|string¦null|false|none|"),
        line_of(markdown, "|status|string¦null|false|none|none|"),
    ]


def test_alternatives_of_a_body_other_than_oneof_are_guessed_and_said(tmp_path: Path) -> None:
    """Body rows print no oneOf/anyOf/allOf block titles: an anyOf whose example shows one alternative reads
    as oneOf, with a warning at its row."""
    body = {"type": "object", "properties": {"score": ALTERNATIVES["score"]}}
    source = spec({"/pets": {"post": {"requestBody": _json(body), "responses": OK}}})
    result, markdown = rendered(source, tmp_path)
    [said] = [d for d in result.diagnostics if d.code == "widdershins-combinator"]
    assert said.place == line_of(markdown, "|» score|body|any|false|none|")
    [compared] = compare_schemas(source, result.document)
    assert compared.differences == (
        '/score.anyOf: missing (source has [{"type": "number"}, {"type": "string"}])',
        '/score.oneOf: not in the source (import has [{"type": "number"}, {"type": "string"}])',
    )


def test_composition_from_swagger_2_0(tmp_path: Path) -> None:
    """Swagger 2.0 has allOf, additionalProperties and nested arrays (no oneOf/anyOf, no nullable); the
    source is compared as the OpenAPI 3.0 swagger2openapi makes of it, which Widdershins renders too."""
    properties = {key: value for key, value in COMPOSED["properties"].items() if key != "status"}
    pet = {
        "allOf": [
            {"$ref": "#/definitions/Pet"},
            {"type": "object", "properties": {"id": {"type": "integer", "format": "int64"}}},
        ]
    }
    properties["pet"] = pet
    source = {
        "swagger": "2.0",
        "info": {"title": "Swagger", "version": "1"},
        "consumes": ["application/json"],
        "produces": ["application/json"],
        "paths": {
            "/pets": {
                "post": {
                    "parameters": [
                        {"name": "body", "in": "body", "schema": {"type": "object", "properties": properties}}
                    ],
                    "responses": {"200": {"description": "OK", "schema": {"type": "object", "properties": properties}}},
                }
            }
        },
        "definitions": {"Pet": PET},
    }
    markdown = render_spec(source, tmp_path)
    converted = import_source(tmp_path / "spec.json")
    assert_matches(converted, import_markdown(markdown).document)


def test_openapi_3_1_type_lists(tmp_path: Path) -> None:
    properties = {
        "maybe": {"type": ["string", "null"]},
        "either": {"type": ["string", "integer"]},
        "list": {"type": ["array", "null"], "items": {"type": "string"}},
    }
    source = {
        **spec(
            {
                "/a": {
                    "post": {
                        "requestBody": _json({"type": "object", "properties": properties}),
                        "responses": {
                            "200": {"description": "OK", **_json({"type": "object", "properties": properties})}
                        },
                    }
                }
            }
        ),
        "openapi": "3.1.0",
    }
    result, _ = rendered(source, tmp_path)
    assert_matches(source, result.document)
    body = result.document["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    resolved = result.document["components"]["schemas"][body["$ref"].rpartition("/")[2]]
    assert resolved["properties"]["maybe"] == {"type": "string", "nullable": True}
    assert resolved["properties"]["either"] == {"anyOf": [{"type": "string"}, {"type": "integer"}]}


def test_response_examples_named_explicit_and_without_a_schema(tmp_path: Path) -> None:
    """getResponseExamples heads an `example` (or a sample of the schema) "> 200 Response", and a response's
    `examples` by their description, else the response's: the status is the response with that description."""
    cat, dog = {"name": "Tom", "kind": "cat"}, {"name": "Rex", "kind": "dog"}
    responses = {
        "200": {
            "description": "Pets found",
            "content": {
                "application/json": {"schema": PET, "examples": {"cat": {"value": cat}, "dog": {"value": dog}}}
            },
        },
        "202": {"description": "Queued", "content": {"application/json": {"example": {"queued": True}}}},
    }
    result, _ = rendered(spec({"/pets": {"get": {"responses": responses}}}), tmp_path)
    imported = result.document["paths"]["/pets"]["get"]["responses"]
    examples = imported["200"]["content"]["application/json"]["examples"]
    assert [example["value"] for example in examples.values()] == [cat, dog]  # the keys are not printed
    assert imported["202"]["content"] == {"application/json": {"example": {"queued": True}}}  # no schema: None
    assert not [d for d in result.diagnostics if d.code == "widdershins-unplaced"]
