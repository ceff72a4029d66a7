"""The $ref bundler on its own: what it inlines, how it names components, what it refuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecFoundryError
from generator.importers.bundle import Bundler


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def response_schema(ref: str) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {
                "get": {
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": ref}}}}
                    }
                }
            }
        },
    }


def schema_ref(document: dict[str, Any]) -> str:
    ref: str = document["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    return ref


def bundle(tmp_path: Path, document: dict[str, Any], files: dict[str, str]) -> dict[str, Any]:
    write(tmp_path, files)
    (tmp_path / "sources").mkdir(exist_ok=True)
    return Bundler(tmp_path).bundle(document, file=tmp_path / "sources" / "page.md")


def test_a_document_without_external_refs_is_returned_untouched(tmp_path: Path) -> None:
    document = response_schema("#/components/schemas/Missing")
    assert Bundler(tmp_path).bundle(document, file=tmp_path / "page.md") is document
    assert "components" not in document


def test_a_file_becomes_a_component_named_after_it(tmp_path: Path) -> None:
    bundled = bundle(tmp_path, response_schema("schemas/thing.yaml"), {"sources/schemas/thing.yaml": "type: string\n"})
    assert schema_ref(bundled) == "#/components/schemas/thing"
    assert bundled["components"]["schemas"]["thing"] == {"type": "string"}


def test_a_pointer_into_a_file_names_the_component_after_its_last_key(tmp_path: Path) -> None:
    files = {"common.yaml": "components:\n  schemas:\n    Error:\n      type: object\n"}
    bundled = bundle(tmp_path, response_schema("../common.yaml#/components/schemas/Error"), files)
    assert schema_ref(bundled) == "#/components/schemas/Error"
    assert bundled["components"]["schemas"] == {"Error": {"type": "object"}}


def test_refs_inside_a_bundled_file_are_relative_to_it_and_local_refs_point_into_it(tmp_path: Path) -> None:
    files = {
        "sources/schemas/order.yaml": (
            "type: object\nproperties:\n  line:\n    $ref: 'lines/line.yaml'\n  status:\n    $ref: '#/$defs/Status'\n"
            "$defs:\n  Status:\n    enum: [open, closed]\n"
        ),
        "sources/schemas/lines/line.yaml": "type: object\nproperties:\n  order:\n    $ref: '../order.yaml'\n",
    }
    bundled = bundle(tmp_path, response_schema("schemas/order.yaml"), files)
    schemas = bundled["components"]["schemas"]
    assert schemas["order"]["properties"]["line"] == {"$ref": "#/components/schemas/line"}
    assert schemas["order"]["properties"]["status"] == {"$ref": "#/components/schemas/Status"}
    assert schemas["Status"] == {"enum": ["open", "closed"]}
    # a cycle through content (order ↔ line) becomes recursive local references, as in one file
    assert schemas["line"]["properties"]["order"] == {"$ref": "#/components/schemas/order"}


def test_one_file_gets_one_component_across_the_sources_of_an_api(tmp_path: Path) -> None:
    write(tmp_path, {"sources/thing.yaml": "type: string\n"})
    bundler = Bundler(tmp_path)
    first = bundler.bundle(response_schema("thing.yaml"), file=tmp_path / "sources" / "one.md")
    second = bundler.bundle(response_schema("./thing.yaml"), file=tmp_path / "sources" / "two.md")
    assert schema_ref(first) == schema_ref(second) == "#/components/schemas/thing"
    assert first["components"] == second["components"]


def test_a_name_already_taken_gets_a_suffix_whatever_its_case(tmp_path: Path) -> None:
    document = response_schema("thing.yaml")
    document["components"] = {"schemas": {"Thing": {"type": "integer"}}}
    bundled = bundle(tmp_path, document, {"sources/thing.yaml": "type: string\n"})
    assert schema_ref(bundled) == "#/components/schemas/thing_2"
    assert bundled["components"]["schemas"] == {"Thing": {"type": "integer"}, "thing_2": {"type": "string"}}


def test_other_kinds_go_to_their_own_section_and_path_items_are_inlined(tmp_path: Path) -> None:
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/things": {"$ref": "paths/things.yaml"}},
    }
    files = {
        "sources/paths/things.yaml": (
            "get:\n  parameters:\n    - $ref: '../parameters.yaml#/limit'\n  responses:\n"
            "    '404':\n      $ref: '../responses.yaml#/NotFound'\n"
        ),
        "sources/parameters.yaml": "limit:\n  name: limit\n  in: query\n  schema:\n    type: integer\n",
        "sources/responses.yaml": "NotFound:\n  description: not found\n",
    }
    bundled = bundle(tmp_path, document, files)
    operation = bundled["paths"]["/things"]["get"]
    assert operation["parameters"] == [{"$ref": "#/components/parameters/limit"}]
    assert operation["responses"]["404"] == {"$ref": "#/components/responses/NotFound"}
    assert bundled["components"]["parameters"]["limit"]["name"] == "limit"
    assert bundled["components"]["responses"] == {"NotFound": {"description": "not found"}}


def test_a_discriminator_mapping_to_a_file_is_bundled(tmp_path: Path) -> None:
    document = response_schema("#/components/schemas/Pet")
    document["components"] = {
        "schemas": {
            "Pet": {
                "oneOf": [{"$ref": "dog.yaml"}],
                "discriminator": {"propertyName": "kind", "mapping": {"dog": "dog.yaml"}},
            }
        }
    }
    bundled = bundle(tmp_path, document, {"sources/dog.yaml": "type: object\n"})
    pet = bundled["components"]["schemas"]["Pet"]
    assert pet["oneOf"] == [{"$ref": "#/components/schemas/dog"}]
    assert pet["discriminator"]["mapping"] == {"dog": "#/components/schemas/dog"}


def test_a_cycle_of_path_items_is_refused(tmp_path: Path) -> None:
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"$ref": "a.yaml"}},
    }
    files = {
        "sources/a.yaml": "post:\n  callbacks:\n    done:\n      '{$request.body#/url}':\n        $ref: 'a.yaml'\n"
    }
    with pytest.raises(SpecFoundryError, match="cycle of path items") as raised:
        bundle(tmp_path, document, files)
    assert raised.value.place == "/post/callbacks/done/{$request.body#~1url}/$ref"
    assert raised.value.file is not None and raised.value.file.endswith("a.yaml")


@pytest.mark.parametrize(
    ("ref", "says"),
    [
        ("http://example.com/x.yaml", "points to a URL"),
        ("HTTPS://example.com/x.yaml", "points to a URL"),
        ("file:///etc/passwd", "points to a URL"),
        ("urn:example:thing", "points to a URL"),
        ("//example.com/x.yaml", "points to a URL"),
        ("/etc/passwd", "is an absolute path"),
        ("../../outside.yaml", "leads outside the API folder"),
        ("schemas/%2e%2e/%2e%2e/%2e%2e/outside.yaml", "leads outside the API folder"),
        ("missing.yaml", "does not exist"),
        ("thing.yaml#Anchor", "names an anchor"),
        ("thing.yaml#/nope", "points to nothing"),
    ],
)
def test_refused_references_name_the_ref_its_place_and_the_file(tmp_path: Path, ref: str, says: str) -> None:
    folder = tmp_path / "api"
    write(folder, {"sources/thing.yaml": "type: string\n"})
    (tmp_path / "outside.yaml").write_text("type: string\n")
    with pytest.raises(SpecFoundryError) as raised:
        Bundler(folder).bundle(response_schema(ref), file=folder / "sources" / "page.md")
    error = raised.value
    assert says in error.message and repr(ref) in error.message
    assert error.place == "/paths/~1a/get/responses/200/content/application~1json/schema/$ref"
    assert error.file == str((folder / "sources" / "page.md").resolve())


def test_a_symlink_leading_out_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "api"
    (folder / "sources").mkdir(parents=True)
    (tmp_path / "secret.yaml").write_text("type: string\n")
    (folder / "sources" / "link.yaml").symlink_to(tmp_path / "secret.yaml")
    with pytest.raises(SpecFoundryError, match="leads outside the API folder"):
        Bundler(folder).bundle(response_schema("link.yaml"), file=folder / "sources" / "page.md")


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    document = response_schema("http://example.com/a.yaml")
    document["paths"]["/b"] = {"$ref": "/etc/b.yaml"}
    write(tmp_path, {"sources/c.yaml": "type: [unclosed\n"})
    document["components"] = {"schemas": {"C": {"$ref": "c.yaml"}}}
    with pytest.raises(SpecFoundryError) as raised:
        bundle(tmp_path, document, {})
    rendered = raised.value.render()
    assert "(3 problem(s))" in rendered
    assert "points to a URL" in rendered and "is an absolute path" in rendered
    assert "c.yaml:2:" in rendered and "malformed YAML" in rendered


def test_local_references_inside_a_bundled_file_point_into_that_file(tmp_path: Path) -> None:
    files = {
        "sources/pets.yaml": (
            "Pet:\n  oneOf:\n    - $ref: '#/Dog'\n  discriminator:\n    propertyName: kind\n    mapping:\n"
            "      dog: '#/Dog'\nDog:\n  type: object\n"
        )
    }
    bundled = bundle(tmp_path, response_schema("pets.yaml#/Pet"), files)
    pet = bundled["components"]["schemas"]["Pet"]
    assert pet["oneOf"] == [{"$ref": "#/components/schemas/Dog"}]
    assert pet["discriminator"]["mapping"] == {"dog": "#/components/schemas/Dog"}
    assert bundled["components"]["schemas"]["Dog"] == {"type": "object"}
