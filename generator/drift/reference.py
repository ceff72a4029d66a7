"""The change-id reference page (docs/drift-change-ids.md), generated from the catalogue.

Ids follow oasdiff's where the change is the same (its `<location>-<aspect>` pattern and its names for
endpoints, deprecation, security and composition). `OWN_IDS` says why each of our own ids exists; an id
not listed there is oasdiff's. Regenerate the page after changing the catalogue:

    .venv/bin/python -m generator.drift.reference > docs/drift-change-ids.md
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.drift.catalogue import CATALOGUE, SCHEMA_ASPECTS, explicit_kind_ids
from generator.drift.model import Location

_BOUNDS_BOTH_WAYS = (
    "oasdiff names only the direction it finds breaking; we name both directions alike and the level "
    "follows the direction"
)
_KEYWORD = "a JSON Schema 2020-12 keyword oasdiff does not compare"

# Why each id (explicit) or aspect (schema-level suffix, at every location) of ours has no oasdiff twin.
OWN_IDS: dict[str, str] = {
    **dict.fromkeys(
        ("format-changed", "format-generalized", "format-specialized", "format-added", "format-removed"),
        "oasdiff folds formats into its type ids; generated Python types follow the format (int32/int64, "
        "date-time), so reviewers see format changes apart",
    ),
    "format-corrected": "a typo in an unregistered format fixed (`int3é` → `int32`): tools ignored the old value",
    "no-longer-enum": "the reverse of oasdiff's became-enum",
    **dict.fromkeys(
        (
            "max-unset",
            "min-unset",
            "min-length-set",
            "min-length-unset",
            "max-items-set",
            "max-items-unset",
            "max-contains-set",
            "max-contains-unset",
            "min-contains-set",
            "min-contains-unset",
            "max-properties-increased",
            "max-properties-decreased",
            "max-properties-set",
            "max-properties-unset",
            "min-properties-increased",
            "min-properties-decreased",
            "min-properties-set",
            "min-properties-unset",
            "unique-items-set",
            "unique-items-unset",
            "multiple-of-set",
            "multiple-of-unset",
            "multiple-of-changed",
        ),
        _BOUNDS_BOTH_WAYS,
    ),
    **dict.fromkeys(
        ("variants-wrapped", "variants-wrapped-incompatible", "variants-unwrapped", "variants-unwrapped-incompatible"),
        "a schema turned into a oneOf/anyOf or back, judged by payload sets (oasdiff reports properties "
        "removed or added); the level comes from probing each branch",
    ),
    "x-extensible-enum-value-added": "oasdiff reports removals only; an added known value is worth a line",
    "schema-became-false": "the boolean `false` schema (nothing valid)",
    "schema-became-not-false": "the boolean `false` schema (nothing valid)",
    **dict.fromkeys(
        (
            "not-added",
            "not-removed",
            "not-changed",
            "not-excludes-more",
            "not-excludes-less",
            "if-changed",
            "additional-properties-added",
            "additional-properties-removed",
        ),
        _KEYWORD,
    ),
    "description-changed": "documentation (oasdiff lists it only in its full diff)",
    "title-changed": "documentation; generated model names may follow titles",
    "api-description-changed": "documentation (oasdiff lists it only in its full diff)",
    "api-summary-changed": "documentation (oasdiff lists it only in its full diff)",
    "response-description-changed": "documentation (oasdiff lists it only in its full diff)",
    "security-scheme-description-changed": "documentation (oasdiff lists it only in its full diff)",
    "api-operation-id-changed": "oasdiff has operationId added/removed only; a changed one renames generated functions",
    "api-path-added": "one line per new path naming its operations (oasdiff: endpoint-added per operation)",
    "api-schema-added": "the counterpart of oasdiff's api-schema-removed: a new generated model class",
    "api-security-became-required": "from no security at all to some: anonymous callers are rejected",
    "api-security-no-longer-required": "the reverse of api-security-became-required",
    "request-parameter-became-array": "a query scalar that became an array of it: the same wire form (payload sets)",
    "request-parameter-became-security-scheme": "an Authorization-like header moved into a security scheme "
    "(SpecFoundry's normalization gives credentials to the client)",
    "request-parameter-location-changed": "oasdiff reports a parameter removed and one added",
    "request-parameter-serialization-changed": "style/explode changed: callers encode the old way",
    "request-path-parameter-renamed": "oasdiff reports a parameter removed and one added; the URL is unchanged",
    "request-property-renamed": "a property removed and one added with the same signature",
    "response-property-renamed": "a property removed and one added with the same signature",
    "request-property-removed-from-closed-schema": "payload sets: in a closed schema (additional or "
    "unevaluated properties false) a removed property makes requests sending it invalid (oasdiff: a warning)",
    "response-property-added-to-closed-schema": "payload sets: a closed response schema listed every property, "
    "so a new one makes responses invalid for clients validating the old schema",
    "request-property-became-read-only": "the request side of oasdiff's became-write-only ids",
    "response-header-became-required": "the reverse of oasdiff's response-header-became-optional",
    "response-required-header-removed": "oasdiff does not compare response headers' removal by required-ness",
    "response-optional-header-removed": "oasdiff does not compare response headers' removal by required-ness",
    "security-scheme-api-key-location-changed": "a part of a security scheme oasdiff does not compare",
    "security-scheme-http-scheme-changed": "a part of a security scheme oasdiff does not compare",
    "security-scheme-oauth-flow-added": "a part of a security scheme oasdiff does not compare",
    "security-scheme-oauth-flow-removed": "a part of a security scheme oasdiff does not compare",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _lines() -> Iterator[str]:
    yield "# Drift change ids"
    yield ""
    yield "Generated by `python -m generator.drift.reference` from `generator/drift/catalogue.py`; do not edit."
    yield ""
    yield (
        f"{len(CATALOGUE)} ids. Where the change is the same, the id is oasdiff's; the **why ours** column says "
        "why the others exist. Schema-level ids exist once per location (`<location>-<aspect>`), their level "
        "following from what the change does to the valid payloads and who writes them."
    )
    yield ""
    yield "## Schema-level aspects"
    yield ""
    yield "| aspect | " + " | ".join(f"`{location.prefix}-…`" for location in Location) + " | why ours |"
    yield "|---|" + "---|" * len(Location) + "---|"
    for aspect in SCHEMA_ASPECTS:
        levels = [CATALOGUE[f"{location.prefix}-{aspect.suffix}"].level.value for location in Location]
        yield f"| `{aspect.suffix}` | " + " | ".join(levels) + f" | {_cell(OWN_IDS.get(aspect.suffix, ''))} |"
    yield ""
    yield "## Other changes"
    yield ""
    yield "| id | level | family | sentence | why ours |"
    yield "|---|---|---|---|---|"
    for kind_id in explicit_kind_ids():
        kind = CATALOGUE[kind_id]
        yield (
            f"| `{kind_id}` | {kind.level.value} | {kind.family} | {_cell(kind.text)} | "
            f"{_cell(OWN_IDS.get(kind_id, ''))} |"
        )


def render_reference() -> str:
    return "\n".join(_lines()) + "\n"


if __name__ == "__main__":
    print(render_reference(), end="")
