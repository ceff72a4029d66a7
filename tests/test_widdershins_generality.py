"""The Widdershins importer beyond Simpro: every public spec of ../shared/corpus/openapi-realworld/ (Swagger
2.0, OpenAPI 3.0 and 3.1; 30 feature examples and 17 Twilio APIs) rendered by the real Widdershins with
Simpro's flags, imported, and compared with the source spec (tests/widdershins_fidelity.py): operation by
operation (method and path, parameters, request body media type, response statuses) and schema by schema
(every request body and response both have, `$ref`s resolved on both sides, to every depth the tables
print). `scripts/widdershins_fidelity.py` prints the per-spec figures.

Where the page does not carry the source's schema, the site is listed in KNOWN with the reason: the test
fails on any other difference, and on a known one that goes away (so the list stays true)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.widdershins_fidelity import (
    REALWORLD,
    compare_schemas,
    compare_security_schemes,
    import_markdown,
    import_source,
    outline,
    render,
)

SPECS = sorted(str(path.relative_to(REALWORLD)) for path in REALWORLD.rglob("*.json"))

# Why a schema cannot come back equal (each checked against Widdershins 4.0.1's templates and common.js).
TOP_LEVEL_ALTERNATIVES_BODY = (
    "a top-level oneOf/anyOf/allOf body prints as a bare `any` row (fakeBodyParameter lists properties only "
    "under `type: object`) and its example shows one alternative: imported as any value, with a warning"
)
TOP_LEVEL_ALTERNATIVES_RESPONSE = (
    "a top-level oneOf response prints no schema rows (schemaToArray's first block is empty and untitled), "
    "only an example of one alternative: imported as that example's type, with a warning"
)
BODY_ALTERNATIVE_KIND = (
    "body rows print alternatives without their oneOf/anyOf/allOf block titles, and the example shows only "
    "the first alternative of a oneOf: the kind is guessed from the example, with a warning"
)
ARRAY_BODY_ITEMS = (
    "fakeBodyParameter prints no rows for the items of an array body: they are inferred from the generated "
    "example (a `number` sampled as 0 reads as an integer), with a warning"
)
SCALAR_RESPONSE_FORMAT = "the Responses table prints a top-level scalar's type without its format, and no rows"
TITLED_ADDITIONAL_PROPERTIES = (
    "schemaToArray names a row by its schema's title when it has no name: an additionalProperties schema "
    "with a title prints as a property named after the title"
)
SLASH_IN_NAME = "walkSchema names a row by the path segment after `properties/`: a name with '/' is cut at it"
NULL_TYPE = "OpenAPI 3.1's `type: 'null'` has no OpenAPI 3.0 counterpart (the import is 3.0.3)"

KNOWN: dict[str, dict[str, str]] = {
    "readme-oas-examples/3.0-discriminators.json": {
        "PATCH /discriminator-with-mapping request body": TOP_LEVEL_ALTERNATIVES_BODY,
        "PATCH /discriminator-with-no-mapping request body": TOP_LEVEL_ALTERNATIVES_BODY,
        "PATCH /embedded-discriminator request body": TOP_LEVEL_ALTERNATIVES_BODY,
        "PATCH /oneof-allof-top-level-disc request body": TOP_LEVEL_ALTERNATIVES_BODY,
        "PATCH /mapping-of-schema-names request body": TOP_LEVEL_ALTERNATIVES_BODY,
        "POST /potentially-undefined-formData request body": TOP_LEVEL_ALTERNATIVES_BODY,
        "PATCH /nested-one-of-object-with-nested-one-of request body": BODY_ALTERNATIVE_KIND,
    },
    "readme-oas-examples/3.0-response-schemas.json": {
        "GET /anything/polymorphism 200": TOP_LEVEL_ALTERNATIVES_RESPONSE,
        "GET /anything/returns-as-json-but-is-actually-string 200": SCALAR_RESPONSE_FORMAT,
    },
    "readme-oas-examples/3.0-schema-additional-properties.json": {
        "POST /post request body": TITLED_ADDITIONAL_PROPERTIES,
        "POST /post 200": TITLED_ADDITIONAL_PROPERTIES,
    },
    **{
        f"readme-oas-examples/{version}-schema-types.json": {
            "POST /anything/numbers request body": SLASH_IN_NAME,
            "POST /anything/arrays/top-level-payloads request body": ARRAY_BODY_ITEMS,
            "POST /anything/quirks/polymorphism request body": BODY_ALTERNATIVE_KIND,
            "PUT /anything/quirks/polymorphism request body": TOP_LEVEL_ALTERNATIVES_BODY,
            "PATCH /anything/quirks/polymorphism request body": TOP_LEVEL_ALTERNATIVES_BODY,
            **({"POST /anything/null request body": NULL_TYPE} if version == "3.1" else {}),
        }
        for version in ("3.0", "3.1")
    },
}


@pytest.mark.parametrize("name", SPECS)
def test_a_public_spec_rendered_by_widdershins_imports_back(name: str, tmp_path: Path) -> None:
    source = REALWORLD / name
    assert source.is_file(), f"the test reads the public specs from {REALWORLD}"
    rendered = tmp_path / "rendered.md"
    render(source, rendered)
    original = import_source(source)
    imported = import_markdown(rendered)
    want, got = outline(original), outline(imported.document)
    assert sorted(got) == sorted(want)
    differing = {key: (want[key], got[key]) for key in want if want[key] != got[key]}
    assert not differing
    schemas = compare_schemas(original, imported.document)
    unequal = {c.site: c.differences for c in schemas if not c.equal}
    print(f"{name}: {len(want)} operations, {len(schemas)} schemas compared, {len(schemas) - len(unequal)} equal")
    assert {site: unequal[site] for site in unequal if site not in KNOWN.get(name, {})} == {}
    assert sorted(unequal) == sorted(KNOWN.get(name, {}))
    assert compare_security_schemes(original, imported.document) == {}
    path_servers = [path for path, item in (original.get("paths") or {}).items() if "servers" in item]
    reported = [d for d in imported.diagnostics if d.code == "widdershins-path-servers"]
    assert len(reported) == len(path_servers)  # shown only as a pseudo-operation: said, not invented
